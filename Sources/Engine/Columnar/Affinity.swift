/// SQLite's column affinity: how a column converts values stored into it and values it is
/// compared with (https://www.sqlite.org/datatype3.html).
enum Affinity: Sendable, Hashable {
    case text, numeric, integer, real, blob

    /// The affinity of a declared column type, by SQLite's rules (INT, CHAR/CLOB/TEXT, BLOB, REAL/FLOA/DOUB).
    init(declaredType: String) {
        let t = declaredType.uppercased()
        if t.contains("INT") {
            self = .integer
        } else if t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT") {
            self = .text
        } else if t.contains("BLOB") || t.isEmpty {
            self = .blob
        } else if t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") {
            self = .real
        } else {
            self = .numeric
        }
    }

    /// Whether this is one of the numeric affinities.
    var isNumeric: Bool { self == .numeric || self == .integer || self == .real }

    /// The affinity a comparison of an operand with affinity `a` and one with `b` applies
    /// (`nil`: none); `nil` stands for an operand without affinity (literals, functions).
    static func comparison(_ a: Affinity?, _ b: Affinity?) -> Affinity? {
        if let a, let b { return a.isNumeric || b.isNumeric ? .numeric : nil }
        let side = a ?? b
        return side == .blob ? nil : side
    }

    /// `value` converted as storing it into a column of this affinity does.
    func stored(_ value: SQLValue) throws -> SQLValue {
        switch self {
        case .blob: return value
        case .text:
            switch value {
            case .integer(let i): return .text(String(i))
            case .real: throw ColumnarError.unsupported("a real number stored in a TEXT column")
            default: return value
            }
        case .numeric, .integer:
            switch value {
            case .text(let s):
                guard let n = NumericText.parse(s) else { return value }
                return Self.integral(n)
            case .real: return Self.integral(value)
            default: return value
            }
        case .real:
            switch value {
            case .text(let s):
                guard let n = NumericText.parse(s) else { return value }
                return n.double.map(SQLValue.real) ?? n
            case .integer(let i): return .real(Double(i))
            default: return value
            }
        }
    }

    /// A real with an exact 64-bit integer value as that integer (NUMERIC storage).
    private static func integral(_ v: SQLValue) -> SQLValue {
        guard case .real(let d) = v, d.rounded() == d, d >= -9.2e18, d <= 9.2e18 else { return v }
        return .integer(Int64(d))
    }
}
