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
    let parsers: [QuestionParser]
    /// Month-grain pre-aggregates of the large tables, by table name.
    let rollups: [String: Rollup]
    /// The optional model provider (`LLMSettings`); read from the environment, off when
    /// `AISER_LLM_URL` is unset.
    public var llm: LLMSettings? = LLMSettings(environment: ProcessInfo.processInfo.environment)

    /// Builds the vocabulary of each table (column names, synonyms, low-cardinality values),
    /// and a month-grain pre-aggregate (a TEMP table) of tables with at least
    /// `rollupThreshold` rows (`nil`: never).
    init(connection: Connection, tables: [String], rollupThreshold: Int? = 200_000) throws {
        guard !tables.isEmpty else { throw LanguageError("there is no table to ask about.") }
        self.connection = connection
        self.parsers = try tables.map { QuestionParser(lexicon: try Lexicon.build(table: $0, connection: connection)) }
        var rollups: [String: Rollup] = [:]
        if let rollupThreshold {
            for p in parsers {
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
        self.parsers = lexicons.map { QuestionParser(lexicon: $0) }
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

    func plan(_ question: String) throws -> Plan {
        let ranked = parsers.count == 1 ? parsers : parsers.sorted { $0.relevance(question) > $1.relevance(question) }
        var firstError: (any Error)?
        for p in ranked {
            do { return try p.parse(question) } catch { if firstError == nil { firstError = error } }
        }
        throw firstError ?? LanguageError("I could not understand the question.")
    }

    /// Answers `question`, with `fixed` column values replacing its own conditions on those
    /// columns; throws `LanguageError` when it cannot be answered with confidence (or a fixed
    /// value does not fit its column).
    public func ask(_ question: String, fixing fixed: FixedValues = FixedValues()) throws -> Answer {
        let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw LanguageError("the question is empty.") }
        var plan = try planConsultingModel(trimmed)
        if !fixed.isEmpty {
            let fields = parsers.first { $0.lexicon.table == plan.query.table }?.lexicon.fields ?? []
            let columns = fields.map { (name: $0.name, type: $0.type) }
            plan.query = try fixed.applied(to: plan.query, columns: columns)
            plan.baseline = try plan.baseline.map { try fixed.applied(to: $0, columns: columns) }
        }
        let runner = QueryRunner(connection)
        var plotted = plan.query
        if plan.versus && plan.query.dimensions.isEmpty && plan.query.measures.count == 2,
            let y = plan.query.measures[0].column, let x = plan.query.measures[1].column
        {
            plotted = Query(
                table: plan.query.table, dimensions: [Dimension(x, as: "x"), Dimension(y, as: "y")],
                filters: plan.query.filters, order: [Order("x"), Order("y")], limit: 5_000)
        }
        let compiled = try runner.compile(plotted)
        let result = try run(plotted, runner)
        var sql = compiled.sql
        var bindings = compiled.bindings
        var baseline: Double?
        if let b = plan.baseline {
            let c = try runner.compile(b)
            sql += ";\n" + c.sql
            bindings += c.bindings
            baseline = try run(b, runner).rows.first?.first?.double
        }
        let chart = ChartMaker(plan: plan).chart(from: result, baseline: baseline, scatter: plotted != plan.query)
        let insights = InsightFinder(plan: plan).insights(for: chart)
        return Answer(
            question: trimmed, sql: sql, bindings: bindings, chart: chart, insights: insights,
            interpretation: plan.interpretation, confidence: plan.confidence,
            rows: Self.named(result, plotted, measureTitles: plan.measureTitles))
    }
}
