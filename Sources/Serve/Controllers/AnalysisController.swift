import Engine
import Foundation
import Hummingbird

/// `/api/v1/ai/intelligent-analysis`: the key drivers of a numeric column with insights and
/// recommendations, stored and readable by id.
struct AnalysisController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/ai/intelligent-analysis", id: "createAnalysis",
                    "Analyse the numeric column a question names: key drivers (correlation, p-value, impact, confidence) with insights and recommendations, or its trend, forecast or anomalies over time.",
                    tag: "ai", access: .authenticated(.createCharts), category: .ai,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("AnalysisRequest"), required: true),
                    success: (201, .reference("Analysis")), errors: [.resourceNotFound]),
                create),
            Endpoint(
                Route(
                    .get, "/api/v1/ai/intelligent-analysis/{analysis_id}", id: "getAnalysis", "A stored analysis.",
                    tag: "ai", access: .authenticated(.readData), category: .ai, success: (200, .reference("Analysis"))),
                get),
        ]
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(AnalysisRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        try body.validate()
        let source = try await backend.dataSources.named(body.dataSource, organizationID: identity.organizationID)
        let question = body.query.trimmingCharacters(in: .whitespacesAndNewlines)
        let numeric = source.schema.filter {
            $0.type == ColumnType.integer.rawValue || $0.type == ColumnType.decimal.rawValue
        }.map(\.name)
        let target: String
        if let t = body.target {
            guard numeric.contains(t) else {
                throw APIError.validation(
                    "target", "Not a numeric column; numeric columns: " + numeric.joined(separator: ", ") + ".")
            }
            target = t
        } else if let t = await backend.asker.target(of: question, source: source) {
            target = t
        } else {
            throw APIError.validation(
                "query",
                "Name the numeric column to explain (or set target); numeric columns: "
                    + numeric.joined(separator: ", ") + ".")
        }
        let rows = try await backend.asker.rows(of: source)
        let options = body.options
        let requested = body.analysisType ?? "auto"
        let type = requested == "auto" ? AnalysisKind.pick(for: question).rawValue : requested
        var name = "key_drivers"
        var results = AnalysisDTO.Results()
        if type == AnalysisKind.comparison.rawValue {
            let factor = Self.factor(in: question, schema: source.schema)
            let comparison: GroupComparison
            do {
                comparison = try await DataController.offload {
                    try GroupComparison(result: rows, target: target, factor: factor)
                }
            } catch let e as AnalysisError {
                throw APIError.validation("data_source", e.message)
            }
            name = "comparison"
            results.output = try Engine.JSONValue.from(comparison)
            results.insights = comparison.insights
            results.recommendations = Self.recommendations(comparison)
        } else if type == AnalysisKind.drivers.rawValue {
            let analysis: DriverAnalysis
            do {
                analysis = try await DataController.offload { try DriverAnalysis(result: rows, target: target) }
            } catch let e as StatsError {
                throw APIError.validation("data_source", e.description)
            }
            let threshold = options?.confidenceThreshold ?? 0
            results.primaryDrivers = analysis.keyDrivers.filter { $0.confidence >= threshold }.map(
                AnalysisDTO.Driver.init)
            results.insights = analysis.insights
            results.recommendations = analysis.recommendations
        } else {
            let series = try await Self.series(type, target: target, rows: rows, table: source.tableName)
            name = series.name
            results.output = series.output
            results.insights = series.insights
            results.recommendations = []
        }
        if options?.includeInsights == false { results.insights = nil }
        if options?.includeRecommendations == false { results.recommendations = nil }
        let dto = AnalysisDTO(
            analysisID: RandomToken.id("analysis_"), query: question, analysisType: name, dataSourceID: source.id,
            target: target, rows: rows.rows.count, results: results, generatedAt: Timestamp.string(backend.now()))
        let json = try StoredData.encode(dto)
        try await backend.aiResults.create(
            AIResultRecord(
                id: dto.analysisID, kind: .analysis, organizationID: identity.organizationID, userID: identity.userID,
                dataSourceID: source.id, json: json, createdAt: backend.epoch))
        return StoredData.response(json, status: .created, message: "Analysis completed", now: backend.now())
    }

    @Sendable func get(_ request: Request, _ context: AppContext) async throws -> Response {
        try await backend.storedAIResult(context, kind: .analysis, parameter: "analysis_id")
    }
}
