/// Dates as people read them, locale-independent: the one list of month names that chart
/// axes, time labels, page values, tables and PDFs use.
public enum DateText {
    /// Month names, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Month abbreviations (the first three letters), January first.
    static let monthAbbreviations = monthNames.map { String($0.prefix(3)) }

    /// An ISO date (`2024-01-05…`) as `Jan 5, 2024`, a year-month (`2024-01`) as `Jan 2024`;
    /// other text unchanged.
    static func medium(_ text: String) -> String {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return text }
        let month = monthAbbreviations[m - 1]
        guard parts.count == 3, let day = Int(parts[2]) else { return "\(month) \(y)" }
        return "\(month) \(day), \(y)"
    }
}
