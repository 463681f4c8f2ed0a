extension ByteInput {
    /// Appends the decoded bytes of the string starting at the next byte (`"`) to `out`,
    /// refusing strings longer than `maxBytes`.
    mutating func readString(into out: inout [UInt8], maxBytes: Int) throws {
        advance()
        let start = out.count
        while true {
            guard try readStringRun(into: &out) else { throw failure(.malformed, "the file ends inside a string") }
            if out.count - start > maxBytes {
                throw failure(.limitExceeded, "a string is longer than \(maxBytes) bytes")
            }
            guard let b = try peek() else { throw failure(.malformed, "the file ends inside a string") }
            switch b {
            case UInt8(ascii: "\""):
                advance()
                return
            case UInt8(ascii: "\\"):
                advance()
                try readEscape(into: &out)
            case 0..<0x20:
                throw failure(.malformed, "a control character inside a string must be escaped")
            default:
                continue
            }
        }
    }

    private mutating func readEscape(into out: inout [UInt8]) throws {
        guard let e = try read() else { throw failure(.malformed, "the file ends inside a string") }
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var value = try readHex4()
            if (0xD800..<0xDC00).contains(value) {
                // A high surrogate must be followed by `\u` and a low one; otherwise U+FFFD.
                if try peek() == UInt8(ascii: "\\") {
                    advance()
                    guard try read() == UInt8(ascii: "u") else {
                        throw failure(.malformed, "expected `\\u` after a high surrogate", back: 1)
                    }
                    let low = try readHex4()
                    value =
                        (0xDC00..<0xE000).contains(low) ? 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                } else {
                    value = 0xFFFD
                }
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw failure(.malformed, "`\\\(Character(Unicode.Scalar(e)))` is not a valid escape", back: 2)
        }
    }

    private mutating func readHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let h = try peek() else { throw failure(.malformed, "the file ends inside a string") }
            let digit: UInt8
            switch h {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = h - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = h - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = h - UInt8(ascii: "A") + 10
            default: throw failure(.malformed, "expected four hex digits after `\\u`")
            }
            advance()
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    /// Reads a number's bytes into `out` (emptied first), checking the JSON grammar.
    mutating func readNumber(into out: inout [UInt8]) throws {
        out.removeAll(keepingCapacity: true)
        try readNumberRun(into: &out)
        if let (offset, message) = Self.numberProblem(out) {
            throw failure(.malformed, message, back: out.count - offset)
        }
        if out.count > 1_000 { throw failure(.limitExceeded, "a number is longer than 1000 characters") }
    }

    /// Consumes exactly `word` (`true`, `false`, `null`).
    mutating func literal(_ word: String) throws {
        for expected in word.utf8 {
            guard try peek() == expected else { throw failure(.malformed, "expected `\(word)`") }
            advance()
        }
    }
}
