import Engine
import Foundation

/// ISO 8601 UTC timestamps (`2024-01-15T10:30:00Z`) as the API writes and reads them.
enum Timestamp {
    static func string(_ date: Date) -> String { DateText.timestamp(date) }

    static func string(epoch seconds: Int64) -> String { string(Date(timeIntervalSince1970: TimeInterval(seconds))) }

    /// Parses `2024-01-15T10:30:00Z` (any RFC 3339 date-time) or a plain date `2024-01-15`
    /// (midnight UTC).
    static func parse(_ text: String) -> Date? {
        if let d = try? Date(text, strategy: .iso8601) { return d }
        if let d = rfc3339(text) { return d }
        return try? Date(text + "T00:00:00Z", strategy: .iso8601)
    }
}
