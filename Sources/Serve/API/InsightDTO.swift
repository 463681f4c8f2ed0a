import Engine

/// One computed insight of a chart: the text and its machine-readable part (kind, the named
/// numbers behind the text, confidence 0…1), as `aiser ask` prints it.
struct InsightDTO: Codable, Sendable, Equatable {
    let kind: String
    let text: String
    let values: [String: Double]
    let confidence: Double

    init(kind: String, text: String, values: [String: Double], confidence: Double) {
        self.kind = kind
        self.text = text
        self.values = values
        self.confidence = confidence
    }

    /// Non-finite numbers (which JSON cannot hold) are left out.
    init(_ i: Insight) {
        kind = i.kind
        text = i.text
        values = Dictionary(i.values.filter { $0.1.isFinite }, uniquingKeysWith: { a, _ in a })
        confidence = i.confidence.isFinite ? i.confidence : 0
    }
}
