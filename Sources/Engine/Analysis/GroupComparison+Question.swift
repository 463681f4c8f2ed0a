import Foundation

extension GroupComparison {
    /// The text or flag column a question names (its name, or its words with `_` as spaces,
    /// possibly plural), longest name first; `nil` when it names none.
    static func factor(in question: String, columns: [QueryResult.Column]) -> String? {
        let lower = " " + question.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
        let text = columns.filter { $0.type == .string || $0.type == .boolean }
        for column in text.sorted(by: { $0.name.count > $1.name.count }) {
            let words = column.name.lowercased().replacingOccurrences(of: "_", with: " ")
            if lower.contains(" \(words) ") || lower.contains(" \(words)s ") { return column.name }
        }
        return nil
    }

    /// What to do about the comparison, from its numbers.
    public var recommendations: [String] {
        guard let top = groups.first, let bottom = groups.last, groups.count >= 2 else { return [] }
        guard pValue < 0.05 else {
            return [
                "Treat the \(factor) groups alike for \(target): their differences are within chance (p = \(String(format: "%.2f", pValue)))."
            ]
        }
        return [
            "Find out what sets \(factor) \(top.name) apart and whether it carries over to \(bottom.name), the group with the lowest \(target).",
            "Report \(target) by \(factor): the groups explain \(Int((etaSquared * 100).rounded())) % of its variation.",
        ]
    }
}
