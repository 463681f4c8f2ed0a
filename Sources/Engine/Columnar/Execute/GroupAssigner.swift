/// Assigns each selected row to a group by the values of the group keys. A key on one text
/// column is evaluated per dictionary entry; integer columns are grouped by value directly.
struct GroupAssigner {
    let columns: [ColumnarColumn]

    /// The group of each row (parallel to `rows`), and per key its value in each group.
    struct Groups {
        var groupOf: [Int32]
        var count: Int
        var keys: [[SQLValue]]
        /// Per group, the index (into the rows grouped) of its first row.
        var firstRow: [Int]
    }

    func groups(_ keyNodes: [Node], rows: [Int32]) throws -> Groups {
        guard !keyNodes.isEmpty else {
            return Groups(groupOf: [Int32](repeating: 0, count: rows.count), count: 1, keys: [], firstRow: [0])
        }
        let perKey = try keyNodes.map { try ids(of: $0, rows: rows) }
        var groupOf = [Int32](repeating: 0, count: rows.count)
        var firstRow: [Int] = []
        let cardinality = perKey.reduce(1.0) { $0 * Double(max($1.values.count, 1)) }
        if perKey.count == 1 {
            var slot = [Int32](repeating: -1, count: perKey[0].values.count)
            let ids = perKey[0].ids
            for i in 0..<rows.count {
                let k = Int(ids[i])
                if slot[k] < 0 {
                    slot[k] = Int32(firstRow.count)
                    firstRow.append(i)
                }
                groupOf[i] = slot[k]
            }
        } else if cardinality <= 4_000_000 {
            var slot = [Int32](repeating: -1, count: Int(cardinality))
            for i in 0..<rows.count {
                var composite = 0
                for key in perKey { composite = composite * key.values.count + Int(key.ids[i]) }
                if slot[composite] < 0 {
                    slot[composite] = Int32(firstRow.count)
                    firstRow.append(i)
                }
                groupOf[i] = slot[composite]
            }
        } else {
            var slot: [[Int32]: Int32] = [:]
            for i in 0..<rows.count {
                let composite = perKey.map { $0.ids[i] }
                if let g = slot[composite] {
                    groupOf[i] = g
                } else {
                    let g = Int32(firstRow.count)
                    slot[composite] = g
                    firstRow.append(i)
                    groupOf[i] = g
                }
            }
        }
        let keys = perKey.map { key in firstRow.map { key.values[Int(key.ids[$0])] } }
        return Groups(groupOf: groupOf, count: firstRow.count, keys: keys, firstRow: firstRow)
    }

    /// Per row a dense id of the key's value, and the value of each id.
    private func ids(of node: Node, rows: [Int32]) throws -> (ids: [Int32], values: [SQLValue]) {
        let filter = RowFilter(columns: columns, rowCount: 0)
        if let (c, codes, dictionary) = filter.textColumn(of: node) {
            var evaluator = Evaluator(columns: columns)
            evaluator.dictionary = (c, dictionary.map(SQLValue.text) + [.null])
            var interner: [GroupValue: Int32] = [:]
            var values: [SQLValue] = []
            var map = [Int32](repeating: 0, count: dictionary.count + 1)
            for k in map.indices {
                let v = try evaluator.eval(node, k)
                let key = GroupValue(v)
                if let id = interner[key] {
                    map[k] = id
                } else {
                    map[k] = Int32(values.count)
                    interner[key] = map[k]
                    values.append(v)
                }
            }
            let nullCode = Int32(dictionary.count)
            let ids = rows.map { r -> Int32 in
                let code = codes[Int(r)]
                return map[Int(code < 0 ? nullCode : code)]
            }
            return (ids, values)
        }
        if case .column(let c) = node, case .integers(let v, let nulls) = columns[c].storage {
            var interner: [Int64: Int32] = [:]
            var values: [SQLValue] = []
            var nullID: Int32 = -1
            let ids = rows.map { r -> Int32 in
                let r = Int(r)
                if let nulls, nulls[r] {
                    if nullID < 0 {
                        nullID = Int32(values.count)
                        values.append(.null)
                    }
                    return nullID
                }
                if let id = interner[v[r]] { return id }
                let id = Int32(values.count)
                interner[v[r]] = id
                values.append(.integer(v[r]))
                return id
            }
            return (ids, values)
        }
        let evaluator = Evaluator(columns: columns)
        var interner: [GroupValue: Int32] = [:]
        var values: [SQLValue] = []
        let ids = try rows.map { r -> Int32 in
            let v = try evaluator.eval(node, Int(r))
            let key = GroupValue(v)
            if let id = interner[key] { return id }
            let id = Int32(values.count)
            interner[key] = id
            values.append(v)
            return id
        }
        return (ids, values)
    }
}
