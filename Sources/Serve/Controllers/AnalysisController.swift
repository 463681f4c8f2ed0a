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
                    "Key-driver analysis of the numeric column a question names: drivers with correlation, p-value, impact and confidence, insights and recommendations.",
                    tag: "ai", access: .authenticated(.createCharts), category: .ai,
                    body: RequestBody(contentType: "application/json", schema: .reference("AnalysisRequest"), required: true),
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
        try identity.require(.createCharts)
        let body = try await JSONBody.decode(AnalysisRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        try body.validate()
        let source = try await backend.dataSources.named(body.dataSource, organizationID: identity.organizationID)
        let question = body.query.trimmingCharacters(in: .whitespacesAndNewlines)
        let numeric = source.schema.filter { $0.type == ColumnType.integer.rawValue || $0.type == ColumnType.decimal.rawValue }.map(\.name)
        let target: String
        if let t = body.target {
            guard numeric.contains(t) else {
                throw APIError.validation("target", "Not a numeric column; numeric columns: " + numeric.joined(separator: ", ") + ".")
            }
            target = t
        } else if let t = await backend.asker.target(of: question, source: source) {
            target = t
        } else {
            throw APIError.validation(
                "query", "Name the numeric column to explain (or set target); numeric columns: " + numeric.joined(separator: ", ") + ".")
        }
        let rows = try await backend.asker.rows(of: source)
        let analysis: DriverAnalysis
        do {
            analysis = try await DataController.offload { try DriverAnalysis(result: rows, target: target) }
        } catch let e as StatsError {
            throw APIError.validation("data_source", e.description)
        }
        let options = body.options
        let threshold = options?.confidenceThreshold ?? 0
        let dto = AnalysisDTO(
            analysisID: RandomToken.id("analysis_"), query: question, analysisType: "key_drivers", dataSourceID: source.id,
            target: target, rows: analysis.rows,
            results: .init(
                primaryDrivers: analysis.keyDrivers.filter { $0.confidence >= threshold }.map(AnalysisDTO.Driver.init),
                insights: options?.includeInsights == false ? nil : analysis.insights,
                recommendations: options?.includeRecommendations == false ? nil : analysis.recommendations),
            generatedAt: Timestamp.string(backend.now()))
        let json = try StoredData.encode(dto)
        try await backend.aiResults.create(
            AIResultRecord(
                id: dto.analysisID, kind: .analysis, organizationID: identity.organizationID, userID: identity.userID,
                dataSourceID: source.id, json: json, createdAt: backend.epoch))
        return StoredData.response(json, status: .created, message: "Analysis completed", now: backend.now())
    }

    @Sendable func get(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        try identity.require(.readData)
        let id = try context.parameters.require("analysis_id")
        guard let json = try await backend.aiResults.find(id: id, kind: .analysis, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        return StoredData.response(json, now: backend.now())
    }
}
