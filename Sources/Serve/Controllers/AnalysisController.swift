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
                    success: (201, .reference("Analysis")), errors: [.resourceNotFound, .serviceUnavailable]),
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
        let options = body.options
        let asked = AnalysisQuestion(
            question, kind: body.analysisType.flatMap(AnalysisKind.init(rawValue:)), target: body.target,
            minimumConfidence: options?.confidenceThreshold ?? 0)
        let outcome: AnalysisOutcome
        do {
            outcome = try await backend.asker.analytics(source) { try $0.analyze(asked) }
        } catch let e as AnalyzeError {
            switch e.field {
            case .target: throw APIError.validation("target", e.message)
            case .question: throw APIError.validation("query", e.message)
            case .data: throw APIError.validation("data_source", e.message)
            }
        }
        var results = AnalysisDTO.Results(
            primaryDrivers: outcome.drivers?.map(AnalysisDTO.Driver.init), output: outcome.output,
            insights: outcome.insights, recommendations: outcome.recommendations)
        if options?.includeInsights == false { results.insights = nil }
        if options?.includeRecommendations == false { results.recommendations = nil }
        let dto = AnalysisDTO(
            analysisID: RandomToken.id("analysis_"), query: question, analysisType: outcome.name,
            dataSourceID: source.id,
            target: outcome.target, rows: outcome.rows, results: results, generatedAt: Timestamp.string(backend.now()))
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
