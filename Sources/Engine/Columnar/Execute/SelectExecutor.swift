/// Runs a `SelectPlan`: filter, group and aggregate (or project rows), DISTINCT, ORDER BY,
/// LIMIT/OFFSET, in SQLite's row order. Result columns are evaluated only for the rows that
/// survive LIMIT and the row cap.
struct SelectExecutor {
    let plan: SelectPlan

    func run(maxRows: Int) throws -> QueryResult {
        let columns = plan.table.columns
        let filter = RowFilter(columns: columns, rowCount: plan.table.rowCount)
        let rows =
            try plan.filter.map { f in try plan.table.rows(keptBy: f) { try filter.rows(f) } } ?? filter.rows(nil)
        var evaluator = Evaluator(columns: columns)
        evaluator.functions = plan.functions
        var candidates: [Int]
        /// Result rows already known (DISTINCT), parallel to `candidates`.
        var known: [[SQLValue]]?
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
            if plan.distinct {
                var seen = Set<[GroupValue]>()
                var kept: [Int] = []
                var values: [[SQLValue]] = []
                for c in candidates {
                    let row = try plan.outputs.map { try evaluator.eval($0.node, c) }
                    if seen.insert(row.map(GroupValue.init)).inserted {
                        kept.append(c)
                        values.append(row)
                    }
                }
                candidates = kept
                known = values
            }
        } else if plan.distinct {
            // Distinct result rows in the order of their first occurrence, as SQLite's DISTINCT.
            let groups = try GroupAssigner(columns: columns).groups(plan.outputs.map(\.node), rows: rows)
            candidates = groups.firstRow.map { Int(rows[$0]) }
            known = (0..<groups.count).map { g in groups.keys.map { $0[g] } }
        } else {
            candidates = rows.map { Int($0) }
        }
        var order = Array(candidates.indices)
        if !plan.orderBy.isEmpty {
            let keys = try candidates.map { c in try plan.orderBy.map { try evaluator.eval($0.node, c) } }
            let descending = plan.orderBy.map(\.descending)
            order.sort { a, b in
                for k in descending.indices {
                    let c = ValueOrder.compare(keys[a][k], keys[b][k])
                    if c != 0 { return descending[k] ? c > 0 : c < 0 }
                }
                return a < b
            }
        }
        let start = min(plan.offset, order.count)
        var end = plan.limit.map { min(order.count, start + $0) } ?? order.count
        let truncated = end - start > maxRows
        if truncated { end = start + maxRows }
        let output = try order[start..<end].map { i in
            try known?[i] ?? plan.outputs.map { try evaluator.eval($0.node, candidates[i]) }
        }
        let resultColumns = plan.outputs.enumerated().map { i, o in
            QueryResult.Column(name: o.name, type: o.declared ?? Statement.inferType(output, i))
        }
        return QueryResult(columns: resultColumns, rows: output, truncated: truncated)
    }
}
