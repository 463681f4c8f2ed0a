/// One token of SQL text with its byte range in the text.
import Foundation

struct SQLToken: Equatable {
    enum Kind: Equatable {
        /// A bare word (keyword or name); `text` as written.
        case word
        /// A quoted name (`"x"`, `` `x` ``, `[x]`); `text` without the quotes.
        case quotedName
        /// A string literal; `text` without quotes, `''` undone.
        case string
        case integer
        case real
        /// `:name`, `$name` or `@name`; `text` without the sigil.
        case parameter
        /// Punctuation and operators (`(`, `<=`, `||` …).
        case symbol
        case end
    }

    var kind: Kind
    var text: String
    /// UTF-8 byte offsets of the token in the SQL.
    var start: Int
    var end: Int

    /// Whether this is the bare word `keyword` (any case).
    func isWord(_ keyword: String) -> Bool {
        kind == .word && text.caseInsensitiveCompare(keyword) == .orderedSame
    }

    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
}
