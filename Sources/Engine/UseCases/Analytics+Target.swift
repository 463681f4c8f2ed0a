extension Analytics {
    /// The numeric column a question asks about: the measure the NL engine reads from it, else
    /// the one numeric column whose name's words appear in it (`nil` when none or several do).
    /// Words are compared lowercased and singular (`total_Sales` matches "sale").
    func target(of question: String, numeric: [String]) -> String? {
        if let plan = try? Asker(connection: connection, tables: [table], rollupThreshold: nil).understand(question),
            let column = plan.query.measures.first?.column, numeric.contains(column)
        {
            return column
        }
        let words = Self.words(question)
        let hits = numeric.filter { !Self.words($0).isDisjoint(with: words) }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The lowercased singular words of a name or question.
    static func words(_ text: String) -> Set<String> {
        Set(Words.split(text).map(Words.singular))
    }
}
