extension Aggregation {
    /// `count(DISTINCT column)` of one group read from the column's typed storage, without a
    /// value per row: text by its dictionary codes (distinct byte strings), integers and reals
    /// by a set of their numbers. The same count as hashing `GroupValue`s: within one storage
    /// kind, `GroupValue` equality is code, integer or double equality. `nil` for other storage.
    func distinctCount(of storage: ColumnStorage) -> Int? {
        guard groupCount == 1 else { return nil }
        switch storage {
        case .text(let codes, let values):
            var used = [Bool](repeating: false, count: values.count)
            var count = 0
            codes.withUnsafeBufferPointer { codes in
                for r in rows {
                    let c = Int(codes[Int(r)])
                    if c >= 0, !used[c] {
                        used[c] = true
                        count += 1
                    }
                }
            }
            return count
        case .integers(let v, let nulls):
            var seen = Set<Int64>()
            for r in rows where nulls?[Int(r)] != true { seen.insert(v[Int(r)]) }
            return seen.count
        case .reals(let v, let nulls):
            var seen = Set<Double>()
            for r in rows where nulls?[Int(r)] != true { seen.insert(v[Int(r)]) }
            return seen.count
        case .values:
            return nil
        }
    }
}
