import Foundation

/// Answers plain-language questions about tables offline: parse → typed `Query` → SQL with
/// bound values → chart data, insights and an interpretation.
///
/// ```swift
/// let asker = try Asker(connection: db, tables: ["sales"])
/// let answer = try asker.ask("total revenue by month in 2023")
/// print(answer.json)
/// ```
public struct Asker {
    public let connection: Connection
    /// The lexicons of the tables and the question parsing over them.
    var reader: QuestionReader
    /// Month-grain pre-aggregates of the large tables, by table name.
    let rollups: [String: Rollup]
    /// The optional model provider (`LLMSettings`); read from the environment, off when
    /// `AISER_LLM_URL` is unset.
    public var llm: LLMSettings? {
        get { reader.llm }
        set { reader.llm = newValue }
    }

    var parsers: [QuestionParser] { reader.parsers }

    /// Builds the vocabulary of each table (column names, synonyms, low-cardinality values),
    /// and a month-grain pre-aggregate (a TEMP table) of tables with at least
    /// `rollupThreshold` rows (`nil`: never).
    init(connection: Connection, tables: [String], rollupThreshold: Int? = 200_000) throws {
        guard !tables.isEmpty else { throw LanguageError("there is no table to ask about.") }
        self.connection = connection
        self.reader = try QuestionReader(
            lexicons: try tables.map { try Lexicon.build(table: $0, connection: connection) })
        var rollups: [String: Rollup] = [:]
        if let rollupThreshold {
            for p in reader.parsers {
                rollups[p.lexicon.table] = try Rollup.build(
                    for: p.lexicon, on: connection, minimumRows: rollupThreshold)
            }
        }
        self.rollups = rollups
    }

    /// The NL engine from lexicons and rollups built earlier (`AskArtefacts`).
    init(connection: Connection, lexicons: [Lexicon], rollups: [String: Rollup]) throws {
        guard !lexicons.isEmpty else { throw LanguageError("there is no table to ask about.") }
        self.connection = connection
        self.reader = try QuestionReader(lexicons: lexicons)
        self.rollups = rollups
    }

    /// Runs `query`, from the table's pre-aggregate when it can serve it exactly.
    func run(_ query: Query, _ runner: QueryRunner) throws -> QueryResult {
        if let rollup = rollups[query.table], let rewrite = rollup.rewrite(query) {
            return rewrite.finish(try runner.run(rewrite.query))
        }
        return try runner.run(query)
    }

    /// Parses without running: the interpretation and the query (for timing and tests).
    public func understand(_ question: String) throws -> (query: Query, interpretation: String) {
        let plan = try plan(question)
        return (plan.query, plan.interpretation)
    }

    func plan(_ question: String) throws -> Plan { try reader.plan(question) }

    /// Answers `question`, with `fixed` column values replacing its own conditions on those
    /// columns; throws `LanguageError` when it cannot be answered with confidence (or a fixed
    /// value does not fit its column).
    public func ask(_ question: String, fixing fixed: FixedValues = FixedValues()) throws -> Answer {
        let prepared = try reader.prepare(question, fixing: fixed)
        let runner = QueryRunner(connection)
        let compiled = try runner.compile(prepared.plotted)
        let result = try run(prepared.plotted, runner)
        var sql = compiled.sql
        var bindings = compiled.bindings
        var baseline: Double?
        if let b = prepared.baseline {
            let c = try runner.compile(b)
            sql += ";\n" + c.sql
            bindings += c.bindings
            baseline = try run(b, runner).rows.first?.first?.double
        }
        return reader.answer(prepared, rows: result, baseline: baseline, sql: sql, bindings: bindings)
    }
}
