/// `CAST(x AS type)` by the affinity of the type name.
enum Cast {
    static func apply(_ v: SQLValue, as affinity: Affinity) throws -> SQLValue {
        if v.isNull { return .null }
        switch affinity {
        case .integer:
            switch v {
            case .integer: return v
            case .real(let d): return .integer(ValueOps.toInt(d))
            case .text(let s):
                if let n = NumericText.parse(s) {
                    if case .real(let d) = n { return .integer(ValueOps.toInt(d)) }
                    return n
                }
                return .integer(NumericText.prefixInteger(s))
            default: throw ColumnarError.unsupported("CAST of a blob")
            }
        case .real:
            switch v {
            case .integer(let i): return .real(Double(i))
            case .real: return v
            case .text(let s): return .real(NumericText.parse(s)?.double ?? NumericText.prefixDouble(s))
            default: throw ColumnarError.unsupported("CAST of a blob")
            }
        case .text: return try ValueOps.text(v).map(SQLValue.text) ?? .null
        case .numeric, .blob: throw ColumnarError.unsupported("CAST to NUMERIC or BLOB")
        }
    }
}
