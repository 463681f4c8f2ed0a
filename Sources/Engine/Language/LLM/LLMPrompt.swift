/// The messages that ask a model to translate a question into the query model as JSON: the
/// shape to answer with, then the table's schema (column names, types, a few values or the
/// range) and the question. The model never writes SQL.
enum LLMPrompt {
    static let instructions = """
        You translate a question about one table into a JSON query. Answer with one JSON object \
        and nothing else:
        {"measures": [{"aggregate": "sum|avg|count|count_distinct|min|max|median", "column": "<column, or null to count rows>"}],
         "dimensions": [{"column": "<column>", "grain": "year|quarter|month|week|day (date columns only)"}],
         "filters": [{"column": "<column>", "op": "eq|ne|lt|le|gt|ge|in|not_in|between|is_null|is_not_null", "values": [...]}],
         "order": "desc|asc|null", "limit": <whole number or null>}
        Use only the listed columns, one measure unless the question asks for more, and values \
        as they appear in the data. If the table cannot answer the question, answer {"measures": []}.
        """

    static func messages(_ question: String, _ lexicon: Lexicon) -> [JSONValue] {
        var lines = ["Table \(lexicon.table) (\(lexicon.rowCount) rows). Columns:"]
        for f in lexicon.fields {
            var line = "- \(f.name) (\(f.type.rawValue))"
            if !f.values.isEmpty {
                line += ": " + f.values.prefix(12).compactMap(\.string).joined(separator: ", ")
                if f.values.count > 12 { line += ", …" }
            } else if let a = f.minimum.string, let b = f.maximum.string {
                line += ": \(a) to \(b)"
            }
            lines.append(line)
        }
        lines.append("Question: \(question)")
        return [
            .object(["role": "system", "content": .string(instructions)]),
            .object(["role": "user", "content": .string(lines.joined(separator: "\n"))]),
        ]
    }
}
