import Foundation

/// What a user typed, as an FTS5 `MATCH` expression: every word becomes a quoted string with a
/// prefix star (`rev` finds `revenue`), so FTS5's syntax characters (`"`, `*`, `:`, `-`, `^`,
/// `(`, `NEAR`, `AND`) are only ever text. Words are the runs of letters and digits, folded the
/// way the index's `unicode61 remove_diacritics 2` tokenizer folds them; all must match.
///
/// ```swift
/// SearchExpression.words(in: "Revenue by région!")      // ["revenue", "by", "region"]
/// SearchExpression(words: ["revnue"], variants: ["revnue": ["revenue"]]).text
/// // ("revnue"* OR "revenue")
/// ```
struct SearchExpression: Sendable, Equatable {
    /// Words past this many are ignored (a search box, not a document).
    static let maximumWords = 16
    /// Words of at least this many letters tolerate typos.
    static let typoMinimumLength = 5

    let words: [String]
    /// Known index terms close to a word the index does not know.
    let variants: [String: [String]]
    /// Every index term a word is the start of, when they are few: the word matches them
    /// exactly instead of as a prefix (the same matches, without FTS5 merging the posting lists
    /// of a prefix longer than its prefix indexes).
    var completions: [String: [String]] = [:]

    /// The folded words of `text`, at most `maximumWords`.
    static func words(in text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return Array(words.prefix(maximumWords))
    }

    /// The most edits a word of `length` letters may be from the term it means.
    static func allowedEdits(forLength length: Int) -> Int {
        length < typoMinimumLength ? 0 : length < 8 ? 1 : 2
    }

    /// One word as an FTS5 string (double quotes doubled, though words never hold any).
    static func quoted(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The `MATCH` text; `nil` when there are no words (nothing can match).
    var text: String? {
        guard !words.isEmpty else { return nil }
        return words.map { word in
            if let exact = completions[word], let first = exact.first {
                guard exact.count > 1 else { return Self.quoted(first) }
                return "(" + exact.map(Self.quoted).joined(separator: " OR ") + ")"
            }
            let alternatives = variants[word] ?? []
            let prefix = Self.quoted(word) + "*"
            guard !alternatives.isEmpty else { return prefix }
            return "(" + ([prefix] + alternatives.map(Self.quoted)).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }
}
