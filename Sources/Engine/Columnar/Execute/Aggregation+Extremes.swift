extension Aggregation {
    /// `min(column)` (`sign` 1) or `max(column)` (`sign` -1) of one group read from the column's
    /// typed storage, with the generic path's comparisons in the same row order (so NaN and
    /// ±0 come out alike); text over the distinct byte strings the rows use (no two compare
    /// equal). `nil` for other storage.
    func extreme(of storage: ColumnStorage, sign: Int) -> SQLValue? {
        guard groupCount == 1 else { return nil }
        switch storage {
        case .text(let codes, let values):
            var used = [Bool](repeating: false, count: values.count)
            codes.withUnsafeBufferPointer { codes in
                for r in rows where codes[Int(r)] >= 0 { used[Int(codes[Int(r)])] = true }
            }
            var best: String?
            for (c, isUsed) in used.enumerated() where isUsed {
                if best == nil || ValueOrder.bytes(best!, values[c]) * sign > 0 { best = values[c] }
            }
            return best.map(SQLValue.text) ?? .null
        case .integers(let v, let nulls):
            var best: Int64?
            for r in rows where nulls?[Int(r)] != true {
                let x = v[Int(r)]
                if let b = best, sign > 0 ? !(b > x) : !(b < x) { continue }
                best = x
            }
            return best.map(SQLValue.integer) ?? .null
        case .reals(let v, let nulls):
            var best: Double?
            for r in rows where nulls?[Int(r)] != true {
                let x = v[Int(r)]
                if let b = best, sign > 0 ? !(b > x) : !(b < x) { continue }
                best = x
            }
            return best.map(SQLValue.real) ?? .null
        case .values:
            return nil
        }
    }
}
