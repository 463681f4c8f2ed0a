/// A calendar bucket for time dimensions. Buckets are labelled `2023`, `2023-Q1`, `2023-01`,
/// `2023-W05` (ISO 8601 week, with its ISO week-year) and `2023-01-15`; labels sort in time order.
public enum TimeGrain: String, Sendable, Codable, CaseIterable {
    case year, quarter, month, week, day
}
