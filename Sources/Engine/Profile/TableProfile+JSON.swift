extension TableProfile {
    /// The API object as JSON text with the columns of `schema` in table order (compact).
    public func jsonText() -> String {
        var out = "{\"schema\":{"
        for (i, c) in columns.enumerated() {
            if i > 0 { out += "," }
            out += ProfileJSON.string(c.name) + ":{\"type\":" + ProfileJSON.string(c.type.rawValue)
            out += ",\"nullable\":\(c.nullable),\"unique_values\":\(c.uniqueValues),\"sample_values\":["
            out += c.sampleValues.map(ProfileJSON.string).joined(separator: ",") + "]"
            for (key, value) in [("min", c.min), ("max", c.max), ("mean", c.mean)] {
                if let value { out += ",\"\(key)\":" + ProfileJSON.value(value) }
            }
            out += "}"
        }
        out += "},\"statistics\":{\"total_rows\":\(totalRows),\"completeness\":" + ProfileJSON.number(completeness)
        out += ",\"data_quality_score\":" + ProfileJSON.number(dataQualityScore) + "}}"
        return out
    }
}

/// JSON text for the profile's scalars; the one place strings are escaped for it.
enum ProfileJSON {
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func value(_ v: ProfileValue) -> String {
        switch v {
        case .integer(let i): return String(i)
        case .number(let d): return number(d)
        case .text(let s): return string(s)
        }
    }
}
