import Engine

/// The answer of `POST`/`GET /ai/intelligent-analysis`.
struct AnalysisDTO: Encodable, Sendable {
    struct Driver: Encodable, Sendable {
        let factor: String
        let method: String
        let correlation: Double
        let pValue: Double
        let impact: String
        let confidence: Double

        enum CodingKeys: String, CodingKey {
            case factor, method, correlation, impact, confidence
            case pValue = "p_value"
        }

        init(_ d: KeyDriver) {
            func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
            factor = d.factor
            method = d.method
            correlation = round(d.correlation)
            pValue = d.pValue
            impact = d.impact.rawValue
            confidence = round(d.confidence)
        }
    }

    struct Results: Encodable, Sendable {
        /// Key drivers (`drivers`).
        var primaryDrivers: [Driver]?
        /// The time-series step's output (`trend`, `forecast`, `anomalies`).
        var output: JSONValue?
        var insights: [String]?
        var recommendations: [String]?

        enum CodingKeys: String, CodingKey {
            case insights, recommendations, output
            case primaryDrivers = "primary_drivers"
        }
    }

    let analysisID: String
    let query: String
    let analysisType: String
    let dataSourceID: String
    let target: String
    let rows: Int
    let results: Results
    let generatedAt: String

    enum CodingKeys: String, CodingKey {
        case query, target, rows, results
        case analysisID = "analysis_id"
        case analysisType = "analysis_type"
        case dataSourceID = "data_source_id"
        case generatedAt = "generated_at"
    }
}
