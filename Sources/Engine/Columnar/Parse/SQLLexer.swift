/// Splits SQL text into `SQLToken`s (comments and white space dropped).
enum SQLLexer {
    static func tokens(_ sql: String) throws -> [SQLToken] {
        let b = Array(sql.utf8)
        var out: [SQLToken] = []
        var i = 0
        func text(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
        func isWordByte(_ c: UInt8) -> Bool {
            c == 0x5F || c >= 0x80 || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
                || c == 0x24
        }
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                i += 1
            } else if c == UInt8(ascii: "-"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "-") {
                while i < b.count, b[i] != 0x0A { i += 1 }
            } else if c == UInt8(ascii: "/"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "*") {
                i += 2
                while i + 1 < b.count, !(b[i] == UInt8(ascii: "*") && b[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i += 2
            } else if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "`")
                || c == UInt8(ascii: "[")
            {
                let close = c == UInt8(ascii: "[") ? UInt8(ascii: "]") : c
                let start = i
                var value: [UInt8] = []
                i += 1
                while true {
                    guard i < b.count else { throw ColumnarError(.invalid, "unterminated quote") }
                    if b[i] == close {
                        if close != UInt8(ascii: "]"), i + 1 < b.count, b[i + 1] == close {
                            value.append(close)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    value.append(b[i])
                    i += 1
                }
                let kind: SQLToken.Kind = c == UInt8(ascii: "'") ? .string : .quotedName
                out.append(SQLToken(kind: kind, text: String(decoding: value, as: UTF8.self), start: start, end: i))
            } else if (c >= 0x30 && c <= 0x39)
                || (c == UInt8(ascii: ".") && i + 1 < b.count && b[i + 1] >= 0x30 && b[i + 1] <= 0x39)
            {
                let start = i
                var isReal = false
                if c == 0x30, i + 1 < b.count, b[i + 1] | 0x20 == UInt8(ascii: "x") {
                    throw ColumnarError.unsupported("hexadecimal literals")
                }
                while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                if i < b.count, b[i] == UInt8(ascii: ".") {
                    isReal = true
                    i += 1
                    while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                }
                if i < b.count, b[i] | 0x20 == UInt8(ascii: "e") {
                    var j = i + 1
                    if j < b.count, b[j] == UInt8(ascii: "+") || b[j] == UInt8(ascii: "-") { j += 1 }
                    if j < b.count, b[j] >= 0x30 && b[j] <= 0x39 {
                        isReal = true
                        i = j
                        while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                    }
                }
                if i < b.count, isWordByte(b[i]) { throw ColumnarError(.invalid, "unrecognized token") }
                out.append(SQLToken(kind: isReal ? .real : .integer, text: text(start..<i), start: start, end: i))
            } else if c == UInt8(ascii: ":") || c == UInt8(ascii: "@") || c == UInt8(ascii: "$") {
                let start = i
                i += 1
                while i < b.count, isWordByte(b[i]) { i += 1 }
                guard i > start + 1 else { throw ColumnarError.unsupported("parameter syntax") }
                out.append(SQLToken(kind: .parameter, text: text((start + 1)..<i), start: start, end: i))
            } else if isWordByte(c) {
                let start = i
                while i < b.count, isWordByte(b[i]) { i += 1 }
                out.append(SQLToken(kind: .word, text: text(start..<i), start: start, end: i))
            } else {
                let start = i
                let two = i + 1 < b.count ? text(i..<(i + 2)) : ""
                if ["<=", ">=", "<>", "!=", "==", "||", "<<", ">>"].contains(two) {
                    i += 2
                } else if "(),.+-*/%=<>;~&|?".utf8.contains(c) {
                    i += 1
                } else {
                    throw ColumnarError(.invalid, "unrecognized token")
                }
                out.append(SQLToken(kind: .symbol, text: text(start..<i), start: start, end: i))
            }
        }
        out.append(SQLToken(kind: .end, text: "", start: b.count, end: b.count))
        return out
    }
}
