/// How a measure summarises the rows of a group.
public enum Aggregate: String, Sendable, Codable, CaseIterable {
    case sum, avg, count
    case countDistinct = "count_distinct"
    case min, max, median

    /// A short human name ("Sum of", "Average", …) used in interpretations and titles.
    var phrase: String {
        switch self {
        case .sum: return "Sum"
        case .avg: return "Average"
        case .count: return "Count"
        case .countDistinct: return "Distinct count"
        case .min: return "Minimum"
        case .max: return "Maximum"
        case .median: return "Median"
        }
    }
}
