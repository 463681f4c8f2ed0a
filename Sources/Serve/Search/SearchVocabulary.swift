import Engine
import Synchronization

/// The index's terms by first letter, for typo tolerance, kept between requests while the index
/// is unchanged. Listing one letter's terms from `search_terms` (an `fts5vocab` table) walks
/// every posting of those terms — milliseconds on a large index — so each letter is read once
/// per version of the index: the version is FTS5's structure record (`search_index_data`
/// row 10), which every committed write to the index replaces. A stale list could only miss a
/// brand-new term or offer one no longer indexed; matching itself always runs on the live index.
final class SearchVocabulary: Sendable {
    /// The most terms kept per letter.
    static let maximumTerms = 50_000
    /// Sorts after every term that starts with a given text.
    static let last = "\u{10FFFF}"

    private let state = Mutex<(version: [UInt8], letters: [Character: [String]])>(([], [:]))

    init() {}

    /// The indexed terms starting with `letter`, in UTF-8 byte order (all of them when fewer than
    /// `maximumTerms`).
    func terms(startingWith letter: Character, on reader: MetadataReader) throws -> [String] {
        let version = try Self.version(on: reader)
        if let terms = state.withLock({ $0.version == version ? $0.letters[letter] : nil }) { return terms }
        let terms = try Self.load(letter, on: reader)
        state.withLock { s in
            if s.version != version { s = (version, [:]) }
            s.letters[letter] = terms
        }
        return terms
    }

    /// FTS5's structure record: replaced by every committed write to the index.
    static func version(on reader: MetadataReader) throws -> [UInt8] {
        guard case .blob(let bytes) = try reader.firstRow("SELECT block FROM search_index_data WHERE id = 10")?.first
        else { return [] }
        return bytes
    }

    /// Reads the terms starting with `letter` from the index, in UTF-8 byte order (FTS5's: the
    /// terms a prefix matches are then one run of the list).
    static func load(_ letter: Character, on reader: MetadataReader) throws -> [String] {
        let rows = try reader.rows(
            "SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 LIMIT ?3",
            [.text(String(letter)), .text(String(letter) + last), .integer(Int64(maximumTerms))])
        return rows.map { $0.text(0) }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether some term of the sorted `terms` starts with `prefix` (byte for byte, as FTS5
    /// matches a prefix).
    static func contains(prefix: String, in terms: [String]) -> Bool {
        let low = first(atLeast: prefix, in: terms)
        return low < terms.count && terms[low].utf8.starts(with: prefix.utf8)
    }

    /// The terms of the sorted `terms` that start with `prefix` (byte for byte, as FTS5 matches
    /// a prefix), or `nil` when there are more than `limit`.
    static func completions(of prefix: String, in terms: [String], limit: Int) -> [String]? {
        var found: [String] = []
        for term in terms[first(atLeast: prefix, in: terms)...] {
            guard term.utf8.starts(with: prefix.utf8) else { break }
            if found.count == limit { return nil }
            found.append(term)
        }
        return found
    }

    /// The index of the first term of the sorted `terms` not before `text` in byte order.
    static func first(atLeast text: String, in terms: [String]) -> Int {
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle].utf8.lexicographicallyPrecedes(text.utf8) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
