extension Answer {
    /// The output contract: `{"question", "sql", "chart_data": {"type", "data": {"labels",
    /// "datasets": [{"label", "data"}]}}, "insights", "interpretation"}` with keys in that order.
    public var json: String {
        var out = "{\"question\":\(JSONText.string(question)),\"sql\":\(JSONText.string(sql)),\"chart_data\":"
        out += chart.json
        out += ",\"insights\":[" + insights.map(\.json).joined(separator: ",") + "]"
        out += ",\"interpretation\":\(JSONText.string(interpretation))}"
        return out
    }
}

extension AnswerChart {
    var json: String {
        let labels = self.labels.map(JSONText.string).joined(separator: ",")
        let sets: [String]
        if type == "scatter" {
            let pts = points.map { "{\"x\":\(jsonNumber($0.0)),\"y\":\(jsonNumber($0.1))}" }
            sets = [
                "{\"label\":\(JSONText.string(datasets.first?.label ?? "")),\"data\":[\(pts.joined(separator: ","))]}"
            ]
        } else {
            sets = datasets.map { s in
                "{\"label\":\(JSONText.string(s.label)),\"data\":[\(s.data.map { $0.map(jsonNumber) ?? "null" }.joined(separator: ","))]}"
            }
        }
        return
            "{\"type\":\(JSONText.string(type)),\"data\":{\"labels\":[\(labels)],\"datasets\":[\(sets.joined(separator: ","))]}}"
    }
}

/// A JSON number (`null` when not finite).
func jsonNumber(_ d: Double) -> String { JSONText.value(.real(d)) }
