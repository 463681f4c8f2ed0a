extension TableProfile {
    /// The API object as JSON text with the columns of `schema` in table order (compact).
    public func jsonText() -> String {
        var out = "{\"schema\":{"
        for (i, c) in columns.enumerated() {
            if i > 0 { out += "," }
            out += JSONText.string(c.name) + ":{\"type\":" + JSONText.string(c.type.rawValue)
            out += ",\"nullable\":\(c.nullable),\"unique_values\":\(c.uniqueValues),\"sample_values\":["
            out += c.sampleValues.map(JSONText.string).joined(separator: ",") + "]"
            for (key, value) in [("min", c.min), ("max", c.max), ("mean", c.mean)] {
                if let value { out += ",\"\(key)\":" + JSONText.value(value) }
            }
            out += "}"
        }
        out += "},\"statistics\":{\"total_rows\":\(totalRows),\"completeness\":" + JSONText.number(completeness)
        out += ",\"data_quality_score\":" + JSONText.number(dataQualityScore) + "}}"
        return out
    }
}

extension JSONText {
    /// A JSON literal for a profile statistic.
    static func value(_ v: ProfileValue) -> String {
        switch v {
        case .integer(let i): return String(i)
        case .number(let d): return number(d)
        case .text(let s): return string(s)
        }
    }
}
