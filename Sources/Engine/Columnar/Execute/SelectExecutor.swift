/// Runs a `SelectPlan`: filter, group and aggregate (or project rows), DISTINCT, ORDER BY,
/// LIMIT/OFFSET, in SQLite's row order.
struct SelectExecutor {
    let plan: SelectPlan

    func run(maxRows: Int) throws -> QueryResult {
        let columns = plan.table.columns
        let rows = try RowFilter(columns: columns, rowCount: plan.table.rowCount).rows(plan.filter)
        var evaluator = Evaluator(columns: columns)
        var candidates: [Int]
        if plan.isAggregate {
            let groups = try GroupAssigner(columns: columns).groups(plan.groupKeys, rows: rows)
            let aggregation = Aggregation(
                columns: columns, rows: rows, groupOf: groups.groupOf, groupCount: groups.count)
            evaluator.aggregates = try plan.aggregates.map { try aggregation.values($0) }
            evaluator.keys = groups.keys
            candidates = Array(0..<groups.count)
            if !plan.groupKeys.isEmpty {
                let keys = groups.keys, descending = plan.groupDescending
                candidates.sort { a, b in
                    for k in keys.indices {
                        let c = ValueOrder.compare(keys[k][a], keys[k][b])
                        if c != 0 { return descending[k] ? c > 0 : c < 0 }
                    }
                    return a < b
                }
            }
            if let having = plan.having {
                candidates = try candidates.filter { ValueOps.truth(try evaluator.eval(having, $0)) == true }
            }
        } else {
            candidates = rows.map { Int($0) }
        }
        var output = try candidates.map { c in try plan.outputs.map { try evaluator.eval($0.node, c) } }
        if plan.distinct {
            var seen = Set<[GroupValue]>()
            var keep: [Int] = []
            for (i, row) in output.enumerated() where seen.insert(row.map(GroupValue.init)).inserted { keep.append(i) }
            output = keep.map { output[$0] }
            candidates = keep.map { candidates[$0] }
        }
        if !plan.orderBy.isEmpty {
            let keys = try candidates.map { c in try plan.orderBy.map { try evaluator.eval($0.node, c) } }
            let descending = plan.orderBy.map(\.descending)
            let order = output.indices.sorted { a, b in
                for k in descending.indices {
                    let c = ValueOrder.compare(keys[a][k], keys[b][k])
                    if c != 0 { return descending[k] ? c > 0 : c < 0 }
                }
                return a < b
            }
            output = order.map { output[$0] }
        }
        if plan.offset > 0 { output = Array(output.dropFirst(plan.offset)) }
        if let limit = plan.limit, output.count > limit { output = Array(output.prefix(limit)) }
        var truncated = false
        if output.count > maxRows {
            output = Array(output.prefix(maxRows))
            truncated = true
        }
        let resultColumns = plan.outputs.enumerated().map { i, o in
            QueryResult.Column(name: o.name, type: o.declared ?? Statement.inferType(output, i))
        }
        return QueryResult(columns: resultColumns, rows: output, truncated: truncated)
    }
}
