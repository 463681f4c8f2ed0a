extension Planner {
    /// Restates the question as understood: "Sum of revenue by month, 2023".
    func interpretation(_ u: Understanding, dims: [Understanding.DimensionSpec], titles: [String], limit: Int?)
        -> String
    {
        let fields = lexicon.fields
        var text: String
        switch u.post {
        case .share: text = "Share of \(titles[0].lowercased()) (%)"
        case .growth: text = "Growth of \(titles[0].lowercased()) (% change from the previous period)"
        case .ratio: text = "Ratio of \(titles[0].lowercased()) to \(titles[1].lowercased())"
        case .change: text = "Change of \(titles[0].lowercased()) from the first period to the last (%)"
        case .difference: text = "\(titles[0]) minus \(titles[1].lowercased())"
        case .none: text = titles.joined(separator: " and ")
        }
        if u.versus && dims.isEmpty && u.measures.count == 2, let a = u.measures[0].field, let b = u.measures[1].field {
            text = "\(fields[a].title.capitalizedFirst) against \(fields[b].title)"
        }
        if !dims.isEmpty {
            let oneDate = lexicon.temporalFields.count == 1
            let names = dims.map { d in
                d.grain.map { oneDate ? $0.rawValue : "\($0.rawValue) of \(fields[d.field].title)" }
                    ?? fields[d.field].title
            }
            if u.argmax || limit != nil {
                let n = limit ?? 1
                let word = (u.extreme ?? u.descending ?? true) ? "highest" : "lowest"
                text =
                    n == 1
                    ? "The \(names[0]) with the \(word) \(text.lowercased())"
                    : "The \(n) \(names[0]) values with the \(word) \(text.lowercased())"
            } else {
                text += " by " + names.joined(separator: " and ")
            }
        }
        for f in u.filters {
            let name = fields[f.field].title
            let flag = fields[f.field].type == .boolean
            let values = f.values.compactMap { v in flag ? (v.int == 0 ? "no" : "yes") : v.string }.joined(
                separator: ", ")
            switch f.op {
            case .oneOf: text += ", where \(name) is \(values)"
            case .noneOf: text += ", where \(name) is not \(values)"
            case .greater: text += ", where \(name) > \(values)"
            case .less: text += ", where \(name) < \(values)"
            case .greaterOrEqual: text += ", where \(name) ≥ \(values)"
            case .lessOrEqual: text += ", where \(name) ≤ \(values)"
            case .between:
                text += ", where \(name) is between \(f.values.compactMap(\.string).joined(separator: " and "))"
            default: text += ", where \(name) = \(values)"
            }
        }
        if let r = u.range { text += ", \(r.text)" }
        if let s = u.scale { text += ", in \(s.unit)" }
        if !u.unknown.isEmpty { text += " (ignored: \(u.unknown.joined(separator: ", ")))" }
        return text
    }
}
