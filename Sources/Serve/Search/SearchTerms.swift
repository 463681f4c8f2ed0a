import Engine

/// Typo tolerance from the index's own vocabulary (`search_terms`, an `fts5vocab` table): a word
/// of five or more letters that no indexed term starts with is widened to the indexed terms at
/// most one edit away (two from eight letters on) that share its first letter.
enum SearchTerms {
    /// The most alternatives kept per word (closest first).
    static let maximumVariants = 8
    /// The most terms looked at per word.
    static let maximumScanned = 50_000
    /// Sorts after every term that starts with a given text.
    static let last = "\u{10FFFF}"

    /// The expression for `text` with the variants of its unknown words.
    static func expression(for text: String, on reader: MetadataReader) throws -> SearchExpression {
        let words = SearchExpression.words(in: text)
        var variants: [String: [String]] = [:]
        for word in Set(words) where SearchExpression.allowedEdits(forLength: word.count) > 0 {
            if try isKnown(prefix: word, on: reader) { continue }
            let close = try near(word, on: reader)
            if !close.isEmpty { variants[word] = close }
        }
        return SearchExpression(words: words, variants: variants)
    }

    /// Whether some indexed term starts with `prefix`.
    static func isKnown(prefix: String, on reader: MetadataReader) throws -> Bool {
        try reader.firstRow(
            "SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 LIMIT 1",
            [.text(prefix), .text(prefix + last)]) != nil
    }

    /// The indexed terms within the allowed edits of `word` and with its first letter.
    static func near(_ word: String, on reader: MetadataReader) throws -> [String] {
        guard let first = word.first else { return [] }
        let limit = SearchExpression.allowedEdits(forLength: word.count)
        let rows = try reader.rows(
            "SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 LIMIT ?3",
            [.text(String(first)), .text(String(first) + last), .integer(Int64(maximumScanned))])
        var found: [(term: String, distance: Int)] = []
        for row in rows {
            let term = row.text(0)
            if let d = EditDistance.between(word, term, limit: limit) { found.append((term, d)) }
        }
        return found.sorted { ($0.distance, $0.term) < ($1.distance, $1.term) }.prefix(maximumVariants).map(\.term)
    }
}
