import Foundation

/// Compiles a `Query` to SQL for one dialect, checking every name against the table's columns.
/// Identifiers are quoted by the dialect; every value becomes a bound parameter, or a literal
/// rendered by the dialect's one escaping function where the engine has no parameters.
struct QueryCompiler: Sendable {
    let dialect: any SQLDialect

    init(dialect: any SQLDialect = SQLiteDialect()) { self.dialect = dialect }

    /// The SQL for `query` over a table with `columns` (the names the table really has), read
    /// `from` a relation other than the quoted `query.table` when given (a warehouse source).
    func compile(_ query: Query, columns: [String], from relation: String? = nil) throws -> CompiledQuery {
        let known = Set(columns)
        func column(_ name: String) throws -> String {
            guard known.contains(name) else {
                throw QueryError(
                    "unknown column \"\(name)\" in table \"\(query.table)\"; columns are: \(columns.joined(separator: ", "))"
                )
            }
            return dialect.quote(name)
        }
        guard !query.dimensions.isEmpty || !query.measures.isEmpty else {
            throw QueryError("a query needs at least one dimension or measure")
        }
        var bindings: [SQLValue] = []
        func bind(_ v: SQLValue) -> String {
            guard dialect.bindsValues else { return dialect.literal(v) }
            bindings.append(v)
            return dialect.placeholder(bindings.count)
        }

        // Output expressions with their names; under `aliasesShadowColumns` the inner SELECT
        // uses fresh aliases (never a column name) and an outer SELECT renames them.
        var outputs: [(expression: String, name: String)] = []
        var groups: [String] = []
        for d in query.dimensions {
            var e = try column(d.column)
            if let g = d.grain { e = dialect.timeBucket(e, g) }
            outputs.append((e, d.name))
            groups.append(e)
        }
        for m in query.measures {
            if m.column == nil && m.aggregate != .count {
                throw QueryError("\(m.aggregate.rawValue) needs a column")
            }
            let e = try m.column.map(column)
            outputs.append((dialect.aggregate(m.aggregate, e), m.name))
        }
        let names = query.outputNames
        if Set(names).count != names.count {
            throw QueryError("output names must be unique: \(names.joined(separator: ", "))")
        }
        let wrap = dialect.aliasesShadowColumns
        let inner = wrap ? Self.freshAliases(outputs.count, avoiding: known.union(names)) : names
        let select = zip(outputs, inner).map { "\($0.expression) AS \(dialect.quote($1))" }

        var sql = "SELECT \(select.joined(separator: ", ")) FROM \(relation ?? dialect.quote(query.table))"
        var conditions: [String] = []
        for f in query.filters {
            var e = try column(f.column)
            if let g = f.grain { e = dialect.timeBucket(e, g) }
            conditions.append(try condition(f, e, bind))
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if !groups.isEmpty && !query.measures.isEmpty { sql += " GROUP BY " + groups.joined(separator: ", ") }
        if query.measures.isEmpty { sql = sql.replacingFirst("SELECT ", with: "SELECT DISTINCT ") }
        if wrap {
            let renames = zip(inner, names).map { "\(dialect.quote($0)) AS \(dialect.quote($1))" }
            sql = "SELECT \(renames.joined(separator: ", ")) FROM (\(sql))"
        }
        if !query.order.isEmpty {
            let terms = try query.order.map { o -> String in
                guard names.contains(o.name) else {
                    throw QueryError(
                        "cannot order by \"\(o.name)\": it is not an output column (\(names.joined(separator: ", ")))")
                }
                return dialect.order(dialect.quote(o.name), descending: o.descending)
            }
            sql += " ORDER BY " + terms.joined(separator: ", ")
        }
        if let limit = query.limit {
            guard limit >= 0 else { throw QueryError("limit must not be negative") }
            sql += " LIMIT \(bind(.integer(Int64(limit))))"
        }
        return CompiledQuery(sql: sql, bindings: bindings)
    }

    /// `count` aliases `a0`, `a1`… each lengthened with `_` until it is not in `taken`.
    static func freshAliases(_ count: Int, avoiding taken: Set<String>) -> [String] {
        (0..<count).map { i in
            var alias = "a\(i)"
            while taken.contains(alias) { alias += "_" }
            return alias
        }
    }

    private func condition(_ f: Filter, _ e: String, _ bind: (SQLValue) -> String) throws -> String {
        if let arity = f.arity, f.values.count != arity {
            throw QueryError(
                "filter \(f.op.rawValue) on \"\(f.column)\" takes \(arity) value(s), got \(f.values.count)")
        }
        if f.arity == nil && f.values.isEmpty {
            throw QueryError("filter \(f.op.rawValue) on \"\(f.column)\" needs at least one value")
        }
        switch f.op {
        case .equals: return "\(e) = \(bind(f.values[0]))"
        case .notEquals: return "\(e) <> \(bind(f.values[0]))"
        case .less: return "\(e) < \(bind(f.values[0]))"
        case .lessOrEqual: return "\(e) <= \(bind(f.values[0]))"
        case .greater: return "\(e) > \(bind(f.values[0]))"
        case .greaterOrEqual: return "\(e) >= \(bind(f.values[0]))"
        case .between: return "\(e) BETWEEN \(bind(f.values[0])) AND \(bind(f.values[1]))"
        case .oneOf: return "\(e) IN (\(f.values.map(bind).joined(separator: ", ")))"
        case .noneOf: return dialect.notIn(e, f.values.map(bind).joined(separator: ", "))
        case .isNull: return "\(e) IS NULL"
        case .isNotNull: return "\(e) IS NOT NULL"
        case .contains: return dialect.contains(e, bind(f.values[0]))
        }
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
