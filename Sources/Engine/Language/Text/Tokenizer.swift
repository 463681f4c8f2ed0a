/// Splits a question into lowercased words, numbers (`1,200`, `3.5`, `20%`, `$5`), ISO dates
/// and comparison symbols. Never fails: anything else is dropped as punctuation.
import Foundation

enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        let chars = Array(text.lowercased().prefix(2_000))
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isNumber && c.isASCII {
                var j = i
                var raw = ""
                while j < chars.count,
                    chars[j].isASCII && (chars[j].isNumber || chars[j] == "." || chars[j] == "," || chars[j] == "-")
                {
                    if chars[j] == "," || chars[j] == "." || chars[j] == "-" {
                        guard j + 1 < chars.count, chars[j + 1].isNumber, chars[j + 1].isASCII else { break }
                    }
                    raw.append(chars[j])
                    j += 1
                }
                out.append(numberOrDate(raw))
                i = j
                // "5k", "2m" suffixes.
                if i < chars.count, let last = out.last?.number, i + 1 >= chars.count || !chars[i + 1].isLetter {
                    let scale: Double? = chars[i] == "k" ? 1_000 : (chars[i] == "m" ? 1_000_000 : nil)
                    if let scale {
                        out[out.count - 1] = Token(text: out[out.count - 1].text, kind: .number(last * scale))
                        i += 1
                    }
                }
            } else if c.isLetter {
                var j = i
                var word = ""
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "'" || chars[j] == "’" {
                    if chars[j] != "'" && chars[j] != "’" { word.append(chars[j]) }
                    j += 1
                }
                out.append(Token(text: word, kind: .word))
                i = j
            } else if "<>=".contains(c) || (c == "!" && i + 1 < chars.count && chars[i + 1] == "=") {
                var s = String(c)
                if i + 1 < chars.count, chars[i + 1] == "=" {
                    s.append("=")
                    i += 1
                }
                out.append(Token(text: s, kind: .symbol))
                i += 1
            } else if c == "%" {
                out.append(Token(text: "%", kind: .symbol))
                i += 1
            } else if "$€£".contains(c), i + 1 < chars.count, chars[i + 1].isNumber {
                // "$500": the currency goes after the number as its unit word.
                let before = out.count
                out += tokens(String(chars[(i + 1)...].prefix { !$0.isWhitespace }))
                if out.count > before, out[before].number != nil {
                    out.insert(Token(text: "dollars", kind: .word), at: before + 1)
                }
                i += 1 + chars[(i + 1)...].prefix { !$0.isWhitespace }.count
            } else {
                i += 1
            }
        }
        return out
    }

    private static func numberOrDate(_ raw: String) -> Token {
        let dashParts = raw.split(separator: "-")
        if dashParts.count >= 2, dashParts[0].count == 4, dashParts.dropFirst().allSatisfy({ $0.count <= 2 }),
            dashParts.count <= 3
        {
            let padded = [String(dashParts[0])] + dashParts.dropFirst().map { $0.count == 1 ? "0" + $0 : String($0) }
            return Token(text: raw, kind: .date(padded.joined(separator: "-")))
        }
        let cleaned = raw.replacingOccurrences(of: ",", with: "").split(separator: "-").first.map(String.init) ?? raw
        return Token(text: raw, kind: Double(cleaned).map { .number($0) } ?? .word)
    }
}
