/// One model of `GET /ai/models`.
struct ModelDTO: Encodable, Sendable {
    struct Metrics: Encodable, Sendable {
        /// Fraction of exactly-correct answers on the locked split of the development set.
        let accuracy: Double
        let accuracyBasis: String
        /// Mean seconds per answered question, as timed by this server since it started
        /// (`null` before the first question).
        let responseTime: Double?
        let measuredRequests: Int
        let costPerRequest: Double

        enum CodingKeys: String, CodingKey {
            case accuracy
            case accuracyBasis = "accuracy_basis"
            case responseTime = "response_time"
            case measuredRequests = "measured_requests"
            case costPerRequest = "cost_per_request"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(accuracy, forKey: .accuracy)
            try c.encode(accuracyBasis, forKey: .accuracyBasis)
            try c.encode(responseTime, forKey: .responseTime)
            try c.encode(measuredRequests, forKey: .measuredRequests)
            try c.encode(costPerRequest, forKey: .costPerRequest)
        }
    }

    let modelID: String
    let provider: String
    let capabilities: [String]
    let status: String
    let performanceMetrics: Metrics

    enum CodingKeys: String, CodingKey {
        case modelID = "model_id"
        case provider, capabilities, status
        case performanceMetrics = "performance_metrics"
    }
}

/// `GET /ai/models`.
struct ModelListDTO: Encodable, Sendable {
    let availableModels: [ModelDTO]

    enum CodingKeys: String, CodingKey { case availableModels = "available_models" }
}
