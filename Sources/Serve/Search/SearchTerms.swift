import Engine

/// Typo tolerance from the index's own vocabulary (`search_terms`, an `fts5vocab` table, through
/// `SearchVocabulary`): a word of five or more letters that no indexed term starts with is
/// widened to the indexed terms at most one edit away (two from eight letters on) that share its
/// first letter. A word of five or more letters (longer than the prefix indexes) that starts exactly
/// one indexed term is matched as that term, not as a prefix: the same rows and scores.
enum SearchTerms {
    /// The most alternatives kept per word (closest first).
    static let maximumVariants = 8
    /// The most terms a word is replaced by; a word starting more stays a prefix. One: bm25 weighs
    /// each term of an `OR` on its own, so more would change the scores of the prefix.
    static let maximumCompletions = 1

    /// The expression for `text` with the variants of its unknown words; `vocabulary` keeps the
    /// terms between calls (without one, they are read from the index each time).
    static func expression(
        for text: String, on reader: MetadataReader, vocabulary: SearchVocabulary? = nil
    ) throws -> SearchExpression {
        let words = SearchExpression.words(in: text)
        var variants: [String: [String]] = [:]
        var completions: [String: [String]] = [:]
        for word in Set(words) where SearchExpression.allowedEdits(forLength: word.count) > 0 {
            guard let first = word.first else { continue }
            let terms =
                try vocabulary?.terms(startingWith: first, on: reader) ?? SearchVocabulary.load(first, on: reader)
            if SearchVocabulary.contains(prefix: word, in: terms) {
                if let exact = Self.completions(of: word, in: terms) { completions[word] = exact }
                continue
            }
            let close = near(word, in: terms)
            if !close.isEmpty { variants[word] = close }
        }
        return SearchExpression(words: words, variants: variants, completions: completions)
    }

    /// The terms `word` is the start of, when `terms` (one letter's, in byte order) is the whole
    /// list and holds at most `maximumCompletions` of them.
    static func completions(of word: String, in terms: [String]) -> [String]? {
        guard terms.count < SearchVocabulary.maximumTerms,
            let found = SearchVocabulary.completions(of: word, in: terms, limit: maximumCompletions),
            !found.isEmpty
        else { return nil }
        return found
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
