/// The rows of a table a WHERE clause keeps, in table order. Conditions on one text column are
/// decided once per distinct value (the dictionary), not once per row.
struct RowFilter {
    let columns: [ColumnarColumn]
    let rowCount: Int

    func rows(_ filter: Node?) throws -> [Int32] {
        var conjuncts: [Node] = []
        func split(_ n: Node) {
            if case .and(let a, let b) = n {
                split(a)
                split(b)
            } else {
                conjuncts.append(n)
            }
        }
        if let filter { split(filter) }
        let ranked = conjuncts.filter { textColumn(of: $0) != nil } + conjuncts.filter { textColumn(of: $0) == nil }
        var rows: [Int32]?
        for conjunct in ranked {
            if let (c, codes, values) = textColumn(of: conjunct) {
                var evaluator = Evaluator(columns: columns)
                evaluator.dictionary = (c, values.map(SQLValue.text) + [.null])
                var keep = [Bool](repeating: false, count: values.count + 1)
                for k in keep.indices { keep[k] = ValueOps.truth(try evaluator.eval(conjunct, k)) == true }
                rows = Self.select(codes: codes, keep: keep, nullCode: values.count, from: rows, count: rowCount)
            } else {
                let evaluator = Evaluator(columns: columns)
                var out: [Int32] = []
                if let current = rows {
                    for r in current where ValueOps.truth(try evaluator.eval(conjunct, Int(r))) == true {
                        out.append(r)
                    }
                } else {
                    for r in 0..<rowCount where ValueOps.truth(try evaluator.eval(conjunct, r)) == true {
                        out.append(Int32(r))
                    }
                }
                rows = out
            }
        }
        return rows ?? Array(0..<Int32(rowCount))
    }

    /// The rows (of `from`, or of all `count` rows) whose code `keep` marks; NULL is `nullCode`.
    static func select(codes: [Int32], keep: [Bool], nullCode: Int, from: [Int32]?, count: Int) -> [Int32] {
        let total = from?.count ?? count
        let out = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(total, 1))
        defer { out.deallocate() }
        var n = 0
        codes.withUnsafeBufferPointer { codes in
            keep.withUnsafeBufferPointer { keep in
                @inline(__always) func test(_ r: Int32) {
                    let code = Int(codes[Int(r)])
                    out[n] = r
                    n &+= keep[code < 0 ? nullCode : code] ? 1 : 0
                }
                if let from {
                    from.withUnsafeBufferPointer { for r in $0 { test(r) } }
                } else {
                    for r in 0..<Int32(count) { test(r) }
                }
            }
        }
        return Array(out[0..<n])
    }

    /// The text column `n` reads when it reads exactly one and that one is dictionary-encoded.
    func textColumn(of n: Node) -> (Int, [Int32], [String])? {
        let used = n.columns
        guard used.count == 1, let c = used.first, case .text(let codes, let values) = columns[c].storage else {
            return nil
        }
        return (c, codes, values)
    }
}
