/// A computed observation about an answer: text for people, plus kind, values and confidence
/// for machines. Every number comes from the answer's own data.
public struct Insight: Sendable, Hashable {
    /// trend, growth, peak, trough, outlier, concentration, change.
    public var kind: String
    public var text: String
    /// Named numbers behind the text (slope, p_value, first, last, share …).
    public var values: [(String, Double)]
    /// 0…1: how much to trust it (1 − p for trends; 1 for exact facts).
    public var confidence: Double

    public static func == (a: Insight, b: Insight) -> Bool {
        a.kind == b.kind && a.text == b.text && a.values.map(\.0) == b.values.map(\.0)
            && a.values.map(\.1) == b.values.map(\.1) && a.confidence == b.confidence
    }

    public func hash(into h: inout Hasher) {
        h.combine(kind)
        h.combine(text)
    }

    var json: String {
        let vals = values.map { "\(JSONText.string($0.0)):\(jsonNumber($0.1))" }.joined(separator: ",")
        return
            "{\"kind\":\(JSONText.string(kind)),\"text\":\(JSONText.string(text)),\"values\":{\(vals)},\"confidence\":\(jsonNumber(confidence))}"
    }
}
