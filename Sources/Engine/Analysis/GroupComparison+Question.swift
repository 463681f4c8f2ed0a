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
    var recommendations: [String] {
        guard let top = groups.first, let bottom = groups.last, groups.count >= 2 else { return [] }
        guard pValue < 0.05 else {
            return [
                "Treat the \(factor) groups alike for \(target): their differences are within chance (\(StatText.p(pValue)))."
            ]
        }
        return [
            "Find out what sets \(factor) \(top.name) apart and whether it carries over to \(bottom.name), the group with the lowest \(target).",
            "Report \(target) by \(factor): the groups explain \(Int((etaSquared * 100).rounded())) % of its variation.",
        ]
    }

    /// The comparison as a JSON value, keyed as it encodes.
    var json: JSONValue {
        func number(_ d: Double?) -> JSONValue { d.map(JSONValue.number) ?? .null }
        let groups: [JSONValue] = groups.map { g in
            var o: [String: JSONValue] = [
                "name": .string(g.name), "count": .number(Double(g.count)), "mean": .number(g.mean),
                "median": .number(g.median),
            ]
            if let share = g.share { o["share"] = .number(share) }
            return .object(o)
        }
        return .object([
            "factor": .string(factor), "target": .string(target), "groups": .array(groups),
            "eta_squared": .number(etaSquared), "f": .number(f), "p_value": .number(pValue),
            "insights": .array(insights.map(JSONValue.string)),
        ])
    }
}
