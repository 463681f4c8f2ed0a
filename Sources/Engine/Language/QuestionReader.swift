import Foundation

/// The part of the NL engine that needs no database: each table's lexicon, parsing a question
/// into a plan (consulting the configured model when asked to), and turning the plan's rows into
/// an answer. `Asker` runs its plans on SQLite; a warehouse source runs them on its engine
/// (`WarehouseAnalytics.ask`), so both answer alike.
public struct QuestionReader: Sendable {
    let parsers: [QuestionParser]
    /// The optional model provider (`LLMSettings`); read from the environment, off when
    /// `AISER_LLM_URL` is unset.
    public var llm: LLMSettings? = LLMSettings(environment: ProcessInfo.processInfo.environment)

    init(lexicons: [Lexicon]) throws {
        guard !lexicons.isEmpty else { throw LanguageError("there is no table to ask about.") }
        parsers = lexicons.map { QuestionParser(lexicon: $0) }
    }

    func plan(_ question: String) throws -> Plan {
        let ranked = parsers.count == 1 ? parsers : parsers.sorted { $0.relevance(question) > $1.relevance(question) }
        var firstError: (any Error)?
        for p in ranked {
            do { return try p.parse(question) } catch { if firstError == nil { firstError = error } }
        }
        throw firstError ?? LanguageError("I could not understand the question.")
    }

    /// `question` understood, with `fixed` column values replacing its own conditions on those
    /// columns: the queries to run. Throws `LanguageError` when it cannot be answered with
    /// confidence (or a fixed value does not fit its column). May call the configured model
    /// (blocking): run it off Swift's cooperative pool.
    public func prepare(_ question: String, fixing fixed: FixedValues = FixedValues()) throws -> PreparedQuestion {
        let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw LanguageError("the question is empty.") }
        var plan = try planConsultingModel(trimmed)
        if !fixed.isEmpty {
            let fields = parsers.first { $0.lexicon.table == plan.query.table }?.lexicon.fields ?? []
            let columns = fields.map { (name: $0.name, type: $0.type) }
            plan.query = try fixed.applied(to: plan.query, columns: columns)
            plan.baseline = try plan.baseline.map { try fixed.applied(to: $0, columns: columns) }
        }
        var plotted = plan.query
        if plan.versus && plan.query.dimensions.isEmpty && plan.query.measures.count == 2,
            let y = plan.query.measures[0].column, let x = plan.query.measures[1].column
        {
            plotted = Query(
                table: plan.query.table, dimensions: [Dimension(x, as: "x"), Dimension(y, as: "y")],
                filters: plan.query.filters, order: [Order("x"), Order("y")], limit: 5_000)
        }
        return PreparedQuestion(question: trimmed, plan: plan, plotted: plotted)
    }

    /// The answer to `prepared` from the rows of its `plotted` query and the single value of its
    /// `baseline` query; `sql` and `bindings` are what was run.
    public func answer(
        _ prepared: PreparedQuestion, rows result: QueryResult, baseline: Double?, sql: String, bindings: [SQLValue]
    ) -> Answer {
        let plan = prepared.plan
        let plotted = prepared.plotted
        let chart = ChartMaker(plan: plan).chart(from: result, baseline: baseline, scatter: plotted != plan.query)
        let insights = InsightFinder(plan: plan).insights(for: chart)
        return Answer(
            question: prepared.question, sql: sql, bindings: bindings, chart: chart, insights: insights,
            interpretation: plan.interpretation, confidence: plan.confidence,
            rows: Asker.named(result, plotted, measureTitles: plan.measureTitles))
    }
}

/// A question understood, before its queries run.
public struct PreparedQuestion: Sendable {
    public let question: String
    let plan: Plan
    /// The query whose rows are drawn (a scatter's raw pairs for "x versus y").
    public let plotted: Query
    /// For "what share of rows are X": the same measure without the category filters.
    public var baseline: Query? { plan.baseline }
}
