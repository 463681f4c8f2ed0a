import Engine

/// Runs one page's queries for one set of parameter values, through the cache. Queries read
/// earlier queries of the page as tables: their results are copied into TEMP tables of this
/// run's connection. One `PageRun` is used by one task at a time.
final class PageRun {
    let page: CompiledPage
    let database: SourceDatabase
    let cache: QueryCache
    let sql: ReadOnlySQL
    private var connection: Connection?
    /// Query name → cache key of the result currently in its TEMP table.
    private var materialized: [String: String] = [:]
    /// Query name → cache key and columnar table of an earlier result read by later queries.
    private var columnarResults: [String: (String, ColumnarTable)] = [:]

    init(page: CompiledPage, database: SourceDatabase, cache: QueryCache, sql: ReadOnlySQL) {
        self.page = page
        self.database = database
        self.cache = cache
        self.sql = sql
    }

    /// Every query's result and cache key, for `values` (page parameter and input options);
    /// with `only`, just that query and the queries it reads.
    func run(_ values: [String: String], only: String? = nil) throws -> [String: (result: QueryResult, key: String)] {
        var out: [String: (result: QueryResult, key: String)] = [:]
        let needed = only.map { page.closure(of: $0) }
        for query in page.queries where needed?.contains(query.name) ?? true {
            let deps = page.dependencies[query.name] ?? []
            let bound = page.parameters[query.name] ?? []
            var parts = [database.dataHash, query.sql]
            parts += deps.map { "dep:\($0)=\(out[$0]?.key ?? "")" }
            parts += bound.sorted().map { "param:\($0)=\(values[$0] ?? "\u{1}missing")" }
            let key = QueryCache.key(parts)
            let result = try cache.result(for: key) {
                let parameters = values.mapValues { SQLValue.text($0) }
                if let r = columnar(
                    query.sql, parameters: parameters, reading: deps.compactMap { d in out[d].map { (d, $0) } })
                {
                    return r
                }
                let db = try open(query)
                for dep in deps {
                    if let r = out[dep] { try materialize(dep, r.result, key: r.key, on: db, for: query) }
                }
                do {
                    return try sql.run(query.sql, on: db, parameters: values.mapValues { SQLValue.text($0) })
                } catch let e as QueryError {
                    throw query.locate(e)
                }
            }
            out[query.name] = (result, key)
        }
        return out
    }

    /// Runs SQL that gives an input's options or a template parameter's values: the first column.
    func values(ofSQL text: String, at location: SourceLocation) throws -> [String] {
        let key = QueryCache.key([database.dataHash, "values", text])
        let result = try cache.result(for: key) {
            if let r = columnar(text, parameters: [:], reading: []) { return r }
            do { return try sql.run(text, on: try open(nil), parameters: [:]) } catch let e as QueryError {
                let at = e.line.map { location.offset(lines: $0 - 1, column: e.column ?? 1) } ?? location
                throw at.error(e.message)
            }
        }
        guard !result.columns.isEmpty else { throw location.error("the query returns no columns") }
        var seen = Set<String>()
        return result.rows.compactMap { $0[0].string }.filter { seen.insert($0).inserted }
    }

    /// The result of `text` on the columnar engine over the sources and the results of the
    /// earlier queries it reads (these shadow sources of the same name, like SQLite's TEMP
    /// tables); `nil` when it cannot answer, so the query runs on SQLite instead.
    private func columnar(
        _ text: String, parameters: [String: SQLValue], reading deps: [(String, (result: QueryResult, key: String))]
    ) -> QueryResult? {
        guard database.columnar.enabled else { return nil }
        var tables = database.columnar.loaded()
        for (name, dep) in deps {
            if let (key, table) = columnarResults[name], key == dep.key {
                tables[name] = table
            } else if let table = try? ColumnarTable(result: dep.result, name: name) {
                columnarResults[name] = (dep.key, table)
                tables[name] = table
            } else {
                return nil
            }
        }
        guard let result = try? ColumnarSQL(limits: sql.limits).run(text, tables: tables, parameters: parameters)
        else { return nil }
        cache.noteColumnar()
        return result
    }

    private func open(_ query: SQLBlock?) throws -> Connection {
        if let connection { return connection }
        let db = try database.connection()
        connection = db
        return db
    }

    private func materialize(_ name: String, _ result: QueryResult, key: String, on db: Connection, for query: SQLBlock)
        throws
    {
        if materialized[name] == key { return }
        do {
            let table = "temp." + Identifier.quote(name)
            try db.execute("DROP TABLE IF EXISTS \(table)")
            let columns = result.columns.map { "\(Identifier.quote($0.name)) \($0.type.declaredType)" }
            guard !columns.isEmpty else { return }
            try db.execute("CREATE TEMP TABLE \(Identifier.quote(name)) (\(columns.joined(separator: ", ")))")
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let insert = try db.prepare("INSERT INTO \(table) VALUES (\(marks))")
            for row in result.rows {
                try insert.bind(row)
                while try insert.step() {}
            }
            materialized[name] = key
        } catch let e as GeneratorError {
            throw e
        } catch {
            throw query.location.error("cannot make query '\(name)' available to '\(query.name)': \(error)")
        }
    }
}
