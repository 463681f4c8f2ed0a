import Engine
import Hummingbird

/// `GET /api/v1/ai/models`: the one model Aiser has, its offline NL engine, with measured figures.
struct ModelController: Controller {
    let backend: Backend

    static let modelID = "aiser-offline-nl"

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .get, "/api/v1/ai/models", id: "listModels",
                    "The built-in offline engine: capabilities, cost (0) and measured accuracy and mean response time.",
                    tag: "ai", access: .authenticated(.readData), category: .ai,
                    success: (200, .reference("ModelList"))),
                list)
        ]
    }

    @Sendable func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let accuracy = Asker.heldOutAccuracy
        let timings = backend.askTimings
        let model = ModelDTO(
            modelID: Self.modelID, provider: "aiser",
            capabilities: ["query_understanding", "chart_generation", "insight_generation"],
            status: "active",
            performanceMetrics: .init(
                accuracy: (accuracy.fraction * 10_000).rounded() / 10_000,
                accuracyBasis:
                    "exactly-correct answers on the locked split of the development set, \(accuracy.correct)/\(accuracy.total)",
                responseTime: timings.meanSeconds.map { ($0 * 1_000_000).rounded() / 1_000_000 },
                measuredRequests: timings.count,
                costPerRequest: 0))
        return try JSONBody.response(ModelListDTO(availableModels: [model]))
    }
}
