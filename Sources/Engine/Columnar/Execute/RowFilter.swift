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
                rows = keep.withUnsafeBufferPointer { keep in
                    codes.withUnsafeBufferPointer { codes in
                        let nullCode = Int32(values.count)
                        var out: [Int32] = []
                        func test(_ r: Int32) {
                            let code = codes[Int(r)]
                            if keep[Int(code < 0 ? nullCode : code)] { out.append(r) }
                        }
                        if let rows { for r in rows { test(r) } } else { for r in 0..<Int32(rowCount) { test(r) } }
                        return out
                    }
                }
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

    /// The text column `n` reads when it reads exactly one and that one is dictionary-encoded.
    func textColumn(of n: Node) -> (Int, [Int32], [String])? {
        let used = n.columns
        guard used.count == 1, let c = used.first, case .text(let codes, let values) = columns[c].storage else {
            return nil
        }
        return (c, codes, values)
    }
}
