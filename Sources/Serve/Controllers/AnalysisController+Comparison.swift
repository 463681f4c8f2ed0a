import Engine
import Foundation

extension AnalysisController {
    /// The text column a question names (its name, or its words with `_` as spaces), if any.
    static func factor(in question: String, schema: [DataSourceRecord.ColumnEntry]) -> String? {
        let lower = " " + question.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
        let text = schema.filter { $0.type == ColumnType.string.rawValue || $0.type == ColumnType.boolean.rawValue }
        for column in text.sorted(by: { $0.name.count > $1.name.count }) {
            let words = column.name.lowercased().replacingOccurrences(of: "_", with: " ")
            if lower.contains(" \(words) ") || lower.contains(" \(words)s ") { return column.name }
        }
        return nil
    }

    /// What to do about a comparison, from its numbers.
    static func recommendations(_ c: GroupComparison) -> [String] {
        guard let top = c.groups.first, let bottom = c.groups.last, c.groups.count >= 2 else { return [] }
        guard c.pValue < 0.05 else {
            return [
                "Treat the \(c.factor) groups alike for \(c.target): their differences are within chance (p = \(String(format: "%.2f", c.pValue)))."
            ]
        }
        return [
            "Find out what sets \(c.factor) \(top.name) apart and whether it carries over to \(bottom.name), the group with the lowest \(c.target).",
            "Report \(c.target) by \(c.factor): the groups explain \(Int((c.etaSquared * 100).rounded())) % of its variation.",
        ]
    }
}
