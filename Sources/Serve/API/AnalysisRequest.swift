import Engine
import Foundation

/// `POST /ai/intelligent-analysis`.
struct AnalysisRequest: Decodable, Sendable {
    struct Options: Decodable, Sendable {
        let includeInsights: Bool?
        let includeRecommendations: Bool?
        let confidenceThreshold: Double?

        enum CodingKeys: String, CodingKey {
            case includeInsights = "include_insights"
            case includeRecommendations = "include_recommendations"
            case confidenceThreshold = "confidence_threshold"
        }
    }

    /// The analysis types the engine runs: `auto` picks one from the question
    /// (`AnalysisKind.pick(for:)`); `trend`, `forecast` and `anomalies` analyse the target over the
    /// table's date column; `comparison` compares it across the groups of a text column.
    static let types = ["auto"] + AnalysisKind.allCases.map(\.rawValue)

    let query: String
    let dataSource: String
    let analysisType: String?
    /// The numeric column to explain; when absent it is read from the question.
    let target: String?
    let options: Options?

    enum CodingKeys: String, CodingKey {
        case query, target, options
        case dataSource = "data_source"
        case analysisType = "analysis_type"
    }

    func validate() throws {
        guard query.unicodeScalars.count <= 1000, !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.validation("query", "1 to 1000 characters, not only spaces.")
        }
        guard !dataSource.isEmpty, dataSource.unicodeScalars.count <= 200 else {
            throw APIError.validation("data_source", "A data source id or name (1 to 200 characters).")
        }
        if let analysisType, !Self.types.contains(analysisType) {
            throw APIError.validation("analysis_type", "Supported: " + Self.types.joined(separator: ", ") + ".")
        }
        if let t = options?.confidenceThreshold, !(0...1).contains(t) {
            throw APIError.validation("options.confidence_threshold", "A number from 0 to 1.")
        }
    }
}
