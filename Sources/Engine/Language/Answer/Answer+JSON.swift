extension Answer {
    /// The output contract of `aiser ask`: `{"question", "sql", "chart_data", "insights",
    /// "interpretation", "confidence"}` with keys in that order; `chart_data` is the `ChartData`
    /// the API answers with, encoded by `JSONCoding`.
    public var json: String {
        let chartData = (try? JSONCoding.string(chart)) ?? "null"
        var out = "{\"question\":\(JSONText.string(question)),\"sql\":\(JSONText.string(sql)),\"chart_data\":"
        out += chartData
        out += ",\"insights\":[" + insights.map(\.json).joined(separator: ",") + "]"
        out += ",\"interpretation\":\(JSONText.string(interpretation))"
        out += ",\"confidence\":\(jsonNumber((confidence * 100).rounded() / 100))}"
        return out
    }
}

/// A JSON number (`null` when not finite).
func jsonNumber(_ d: Double) -> String { JSONText.value(.real(d)) }
