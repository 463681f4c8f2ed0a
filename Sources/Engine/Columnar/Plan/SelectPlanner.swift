/// Turns a parsed `SelectStatement` into a `SelectPlan` over the named tables.
import Foundation

struct SelectPlanner {
    let tables: [String: ColumnarTable]
    let parameters: [String: SQLValue]
    let limits: ReadOnlySQL.Limits
    /// SQLite computing the built-ins the engine has no Swift version of, for this query.
    var functions = SQLiteFunctionRunner()

    func table(_ name: String) throws -> ColumnarTable {
        if let t = tables[name] { return t }
        if let t = tables.first(where: { $0.key.caseInsensitiveCompare(name) == .orderedSame })?.value { return t }
        throw ColumnarError.unsupported("no columnar table \(name)")
    }

    func plan(_ s: SelectStatement) throws -> SelectPlan {
        let table = try self.table(s.table)
        var plan = SelectPlan(table: table)
        plan.functions = functions
        var binder = Binder(
            table: table, tableAlias: s.tableAlias, parameters: parameters,
            subquery: { try self.scalar($0) }, functions: functions)
        var expressions: [(SyntaxExpression, alias: String?, text: String)] = []
        for item in s.items {
            switch item {
            case .all(let qualifier):
                if let qualifier, qualifier.caseInsensitiveCompare(s.tableAlias ?? table.name) != .orderedSame {
                    throw ColumnarError.unsupported("no such table \(qualifier)")
                }
                for c in table.columns {
                    expressions.append((.column(table: nil, name: c.name, quoted: true), nil, c.name))
                }
            case .expression(let e, let alias, let text): expressions.append((e, alias, text))
            }
        }
        for (e, alias, _) in expressions { if let alias { binder.aliases[alias.lowercased()] = e } }
        plan.isAggregate =
            !s.groupBy.isEmpty || expressions.contains { Binder.containsAggregate($0.0) }
            || (s.having.map(Binder.containsAggregate) ?? false)
            || s.orderBy.contains { Binder.containsAggregate($0.expression) }
        if s.having != nil, !plan.isAggregate { throw ColumnarError.unsupported("HAVING without aggregates") }
        if let filter = s.filter {
            if Binder.containsAggregate(filter) { throw ColumnarError.unsupported("aggregates in WHERE") }
            plan.filter = try binder.bind(filter, grouped: false, useAliases: true)
        }
        for term in s.groupBy {
            var e = term
            if case .literal(.integer(let k)) = term {
                guard k >= 1, k <= expressions.count else {
                    throw ColumnarError.unsupported("GROUP BY ordinal out of range")
                }
                e = expressions[Int(k) - 1].0
            }
            if Binder.containsAggregate(e) { throw ColumnarError.unsupported("aggregates in GROUP BY") }
            binder.groupKeys.append(try binder.bind(e, grouped: false, useAliases: true))
        }
        for (e, alias, text) in expressions {
            let node = try binder.bind(e, grouped: plan.isAggregate, useAliases: false)
            var name = alias ?? text
            var declared: ColumnType?
            if case .column(_, let n, _) = e, let c = table.columnIndex(n) {
                if alias == nil { name = table.columns[c].name }
                declared = table.columns[c].type
            } else if case .subquery(let inner) = e {
                declared = try scalar(inner).2
            }
            plan.outputs.append(.init(name: name, node: node, declared: declared))
        }
        if let having = s.having { plan.having = try binder.bind(having, grouped: true, useAliases: true) }
        for term in s.orderBy {
            let node: Node
            if case .column(nil, let n, _) = term.expression,
                let i = expressions.firstIndex(where: { $0.alias?.caseInsensitiveCompare(n) == .orderedSame })
            {
                node = plan.outputs[i].node
            } else if case .literal(.integer(let k)) = term.expression {
                guard k >= 1, k <= plan.outputs.count else {
                    throw ColumnarError.unsupported("ORDER BY ordinal out of range")
                }
                node = plan.outputs[Int(k) - 1].node
            } else if case .literal = term.expression {
                continue
            } else {
                node = try binder.bind(term.expression, grouped: plan.isAggregate, useAliases: true)
            }
            plan.orderBy.append((node, term.descending))
        }
        plan.groupKeys = binder.groupKeys
        plan.aggregates = binder.aggregates
        plan.groupDescending = plan.groupKeys.indices.map {
            s.groupBy.count == s.orderBy.count ? s.orderBy[$0].descending : false
        }
        plan.distinct = s.distinct
        if let limit = s.limit { plan.limit = try count(limit, binder: &binder) }
        if let offset = s.offset { plan.offset = try count(offset, binder: &binder) ?? 0 }
        return plan
    }

    private func count(_ e: SyntaxExpression, binder: inout Binder) throws -> Int? {
        guard case .constant(.integer(let v), _) = try binder.bind(e, grouped: false, useAliases: false) else {
            throw ColumnarError.unsupported("a LIMIT or OFFSET that is not an integer")
        }
        return v < 0 ? nil : Int(v)
    }

    /// A scalar subquery's value, its column's affinity and declared type.
    func scalar(_ s: SelectStatement) throws -> (SQLValue, Affinity?, ColumnType?) {
        let plan = try self.plan(s)
        guard plan.outputs.count == 1 else { throw ColumnarError.unsupported("a subquery with several columns") }
        var limited = plan
        limited.limit = plan.limit.map { min($0, 1) } ?? 1
        let result = try SelectExecutor(plan: limited).run(maxRows: 1)
        var affinity: Affinity?
        if case .column(let c) = plan.outputs[0].node { affinity = plan.table.columns[c].affinity }
        if case .groupKey(let k) = plan.outputs[0].node, case .column(let c) = plan.groupKeys[k] {
            affinity = plan.table.columns[c].affinity
        }
        return (result.rows.first?.first ?? .null, affinity, plan.outputs[0].declared)
    }
}
