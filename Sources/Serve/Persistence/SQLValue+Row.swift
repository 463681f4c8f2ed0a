import Engine

extension Array where Element == SQLValue {
    func text(_ i: Int) -> String { self[i].string ?? "" }
    func optionalText(_ i: Int) -> String? { self[i].string }
    func int64(_ i: Int) -> Int64 { self[i].int ?? 0 }
    func optionalInt64(_ i: Int) -> Int64? { self[i].int }
}

extension SQLValue {
    /// `.text` or `.null`.
    static func optional(_ s: String?) -> SQLValue { s.map { .text($0) } ?? .null }
    /// `.integer` or `.null`.
    static func optional(_ i: Int64?) -> SQLValue { i.map { .integer($0) } ?? .null }
}
