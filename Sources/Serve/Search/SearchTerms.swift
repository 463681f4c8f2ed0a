import Engine

/// Typo tolerance from the index's own vocabulary (`search_terms`, an `fts5vocab` table, through
/// `SearchVocabulary`): a word of five or more letters that no indexed term starts with is
/// widened to the indexed terms at most one edit away (two from eight letters on) that share its
/// first letter.
enum SearchTerms {
    /// The most alternatives kept per word (closest first).
    static let maximumVariants = 8

    /// The expression for `text` with the variants of its unknown words; `vocabulary` keeps the
    /// terms between calls (without one, they are read from the index each time).
    static func expression(
        for text: String, on reader: MetadataReader, vocabulary: SearchVocabulary? = nil
    ) throws -> SearchExpression {
        let words = SearchExpression.words(in: text)
        var variants: [String: [String]] = [:]
        for word in Set(words) where SearchExpression.allowedEdits(forLength: word.count) > 0 {
            guard let first = word.first else { continue }
            let terms =
                try vocabulary?.terms(startingWith: first, on: reader) ?? SearchVocabulary.load(first, on: reader)
            if SearchVocabulary.contains(prefix: word, in: terms) { continue }
            let close = near(word, in: terms)
            if !close.isEmpty { variants[word] = close }
        }
        return SearchExpression(words: words, variants: variants)
    }

    /// The terms of `terms` within the allowed edits of `word`, closest first.
    static func near(_ word: String, in terms: [String]) -> [String] {
        let limit = SearchExpression.allowedEdits(forLength: word.count)
        let length = word.unicodeScalars.count
        var found: [(term: String, distance: Int)] = []
        for term in terms where abs(term.unicodeScalars.count - length) <= limit {
            if let d = EditDistance.between(word, term, limit: limit) { found.append((term, d)) }
        }
        return found.sorted { ($0.distance, $0.term) < ($1.distance, $1.term) }.prefix(maximumVariants).map(\.term)
    }
}
