import Foundation

/// Compiles a `Query` to SQL for one dialect, checking every name against the table's columns.
/// Identifiers are quoted by the dialect; every value becomes a bound parameter.
struct QueryCompiler: Sendable {
    let dialect: any SQLDialect

    init(dialect: any SQLDialect = SQLiteDialect()) { self.dialect = dialect }

    /// The SQL for `query` over a table with `columns` (the names the table really has).
    func compile(_ query: Query, columns: [String]) throws -> CompiledQuery {
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
            bindings.append(v)
            return dialect.placeholder(bindings.count)
        }

        var select: [String] = []
        var groups: [String] = []
        for d in query.dimensions {
            var e = try column(d.column)
            if let g = d.grain { e = dialect.timeBucket(e, g) }
            select.append("\(e) AS \(dialect.quote(d.name))")
            groups.append(e)
        }
        for m in query.measures {
            if m.column == nil && m.aggregate != .count {
                throw QueryError("\(m.aggregate.rawValue) needs a column")
            }
            let e = try m.column.map(column)
            select.append("\(dialect.aggregate(m.aggregate, e)) AS \(dialect.quote(m.name))")
        }
        let names = query.outputNames
        if Set(names).count != names.count {
            throw QueryError("output names must be unique: \(names.joined(separator: ", "))")
        }

        var sql = "SELECT \(select.joined(separator: ", ")) FROM \(dialect.quote(query.table))"
        var conditions: [String] = []
        for f in query.filters {
            var e = try column(f.column)
            if let g = f.grain { e = dialect.timeBucket(e, g) }
            conditions.append(try condition(f, e, bind))
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if !groups.isEmpty && !query.measures.isEmpty { sql += " GROUP BY " + groups.joined(separator: ", ") }
        if query.measures.isEmpty { sql = sql.replacingFirst("SELECT ", with: "SELECT DISTINCT ") }
        if !query.order.isEmpty {
            let terms = try query.order.map { o -> String in
                guard names.contains(o.name) else {
                    throw QueryError(
                        "cannot order by \"\(o.name)\": it is not an output column (\(names.joined(separator: ", ")))")
                }
                return dialect.quote(o.name) + (o.descending ? " DESC" : " ASC")
            }
            sql += " ORDER BY " + terms.joined(separator: ", ")
        }
        if let limit = query.limit {
            guard limit >= 0 else { throw QueryError("limit must not be negative") }
            sql += " LIMIT \(bind(.integer(Int64(limit))))"
        }
        return CompiledQuery(sql: sql, bindings: bindings)
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
        case .noneOf: return "\(e) NOT IN (\(f.values.map(bind).joined(separator: ", ")))"
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
