/// The values of one column, stored by kind. Ingested columns are typed arrays (text
/// dictionary-encoded); small tables made from query results keep plain values.
enum ColumnStorage: Sendable {
    /// 64-bit integers; `nulls[i]` marks a NULL (no array when there is none).
    case integers([Int64], nulls: [Bool]?)
    /// Doubles; `nulls[i]` marks a NULL (no array when there is none).
    case reals([Double], nulls: [Bool]?)
    /// Text as codes into `values` (distinct, in first-seen order); code -1 is NULL.
    case text(codes: [Int32], values: [String])
    /// Any values (tables made from query results).
    case values([SQLValue])

    /// The number of rows.
    var count: Int {
        switch self {
        case .integers(let v, _): return v.count
        case .reals(let v, _): return v.count
        case .text(let codes, _): return codes.count
        case .values(let v): return v.count
        }
    }

    /// The value at `row`.
    @inline(__always)
    func value(at row: Int) -> SQLValue {
        switch self {
        case .integers(let v, let nulls):
            if let nulls, nulls[row] { return .null }
            return .integer(v[row])
        case .reals(let v, let nulls):
            if let nulls, nulls[row] { return .null }
            return .real(v[row])
        case .text(let codes, let values):
            let c = codes[row]
            return c < 0 ? .null : .text(values[Int(c)])
        case .values(let v): return v[row]
        }
    }
}
