/// SQLite's value semantics for operators: affinity in comparisons, arithmetic with integer
/// overflow to real and division by zero to NULL, truth values, and text conversion.
enum ValueOps {
    /// `value` with a comparison affinity applied (`OP_Eq` and friends).
    static func applying(_ affinity: Affinity?, to value: SQLValue) throws -> SQLValue {
        guard let affinity else { return value }
        if affinity.isNumeric {
            if case .text(let s) = value, let n = NumericText.parse(s) { return n }
            return value
        }
        if affinity == .text { return try text(value).map(SQLValue.text) ?? value }
        return value
    }

    /// Compares with `op` after applying `affinity`; NULL when either side is NULL.
    static func compare(_ op: ComparisonOperator, _ a: SQLValue, _ b: SQLValue, _ affinity: Affinity?) throws
        -> SQLValue
    {
        if a.isNull || b.isNull { return .null }
        let c = ValueOrder.compare(try applying(affinity, to: a), try applying(affinity, to: b))
        return .integer(op.holds(c) ? 1 : 0)
    }

    /// The text form of a value (NULL stays `nil`); reals are not converted (SQLite's `%!.15g`).
    static func text(_ v: SQLValue) throws -> String? {
        switch v {
        case .null: return nil
        case .integer(let i): return String(i)
        case .text(let s): return s
        case .real: throw ColumnarError.unsupported("a real number converted to text")
        case .blob: throw ColumnarError.unsupported("blobs")
        }
    }

    /// Whether a value counts as true; `nil` for NULL.
    static func truth(_ v: SQLValue) -> Bool? {
        switch v {
        case .null: return nil
        case .integer(let i): return i != 0
        case .real(let d): return d != 0
        case .text(let s):
            if let n = NumericText.parse(s) { return truth(n) }
            return NumericText.prefixDouble(s) != 0
        case .blob: return false
        }
    }

    /// An operand of arithmetic as a number (text must be a number entirely).
    static func number(_ v: SQLValue) throws -> SQLValue {
        switch v {
        case .integer, .real, .null: return v
        case .text(let s):
            guard let n = NumericText.parse(s) else { throw ColumnarError.unsupported("arithmetic on text") }
            return n
        case .blob: throw ColumnarError.unsupported("blobs")
        }
    }

    /// `a op b` as SQLite computes it.
    static func arithmetic(_ op: ArithmeticOperator, _ a: SQLValue, _ b: SQLValue) throws -> SQLValue {
        let a = try number(a), b = try number(b)
        if a.isNull || b.isNull { return .null }
        if case .integer(let x) = a, case .integer(let y) = b {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(y)
                if !o { return .integer(r) }
            case .subtract:
                let (r, o) = x.subtractingReportingOverflow(y)
                if !o { return .integer(r) }
            case .multiply:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                if !o { return .integer(r) }
            case .divide:
                if y == 0 { return .null }
                if !(y == -1 && x == Int64.min) { return .integer(x / y) }
            case .remainder:
                if y == 0 { return .null }
                return .integer(y == -1 ? 0 : x % y)
            }
        }
        let x = a.double ?? 0, y = b.double ?? 0
        let r: Double
        switch op {
        case .add: r = x + y
        case .subtract: r = x - y
        case .multiply: r = x * y
        case .divide:
            if y == 0 { return .null }
            r = x / y
        case .remainder:
            let ia = toInt(x)
            var ib = toInt(y)
            if ib == 0 { return .null }
            if ib == -1 { ib = 1 }
            r = Double(ia % ib)
        }
        return r.isNaN ? .null : .real(r)
    }

    /// A double as SQLite's `doubleToInt64`: truncated, clamped to the 64-bit range.
    static func toInt(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d <= -9223372036854775808.0 { return Int64.min }
        if d >= 9223372036854775807.0 { return Int64.max }
        return Int64(d)
    }
}
