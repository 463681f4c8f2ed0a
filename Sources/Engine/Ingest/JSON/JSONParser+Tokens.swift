extension JSONParser {
    /// Reads the string starting at the next byte (`"`), decoding escapes.
    mutating func parseString() throws -> String {
        scratch.removeAll(keepingCapacity: true)
        try readString(into: &scratch)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Appends the decoded bytes of the string starting at the next byte (`"`) to `out`.
    func readString(into out: inout [UInt8]) throws {
        input.advance()
        let start = out.count
        while true {
            guard try input.readStringRun(into: &out) else { throw endOfFile("a string") }
            if out.count - start > limits.maxFieldBytes {
                throw failure(.limitExceeded, "a string is longer than \(limits.maxFieldBytes) bytes")
            }
            guard let b = try input.peek() else { throw endOfFile("a string") }
            switch b {
            case UInt8(ascii: "\""):
                input.advance()
                return
            case UInt8(ascii: "\\"):
                input.advance()
                try readEscape(into: &out)
            case 0..<0x20:
                throw failure("a control character inside a string must be escaped")
            default:
                continue
            }
        }
    }

    private func readEscape(into out: inout [UInt8]) throws {
        guard let e = try input.read() else { throw endOfFile("a string") }
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
                if try input.peek() == UInt8(ascii: "\\") {
                    input.advance()
                    guard try input.read() == UInt8(ascii: "u") else { throw failure("expected `\\u` after a high surrogate", back: 1) }
                    let low = try readHex4()
                    value = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                } else {
                    value = 0xFFFD
                }
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw failure("`\\\(Character(Unicode.Scalar(e)))` is not a valid escape", back: 2)
        }
    }

    private func readHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let h = try input.peek() else { throw endOfFile("a string") }
            let digit: UInt8
            switch h {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = h - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = h - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = h - UInt8(ascii: "A") + 10
            default: throw failure("expected four hex digits after `\\u`")
            }
            input.advance()
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    /// Reads a number's bytes into `scratch`, checking the JSON grammar.
    mutating func readNumber() throws {
        scratch.removeAll(keepingCapacity: true)
        try input.readNumberRun(into: &scratch)
        if let (offset, message) = Self.numberProblem(scratch) {
            throw failure(message, back: scratch.count - offset)
        }
        if scratch.count > 1_000 { throw failure(.limitExceeded, "a number is longer than 1000 characters") }
    }

    /// Where and why `bytes` is not a JSON number (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`).
    static func numberProblem(_ bytes: [UInt8]) -> (offset: Int, message: String)? {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count && bytes[i] &- UInt8(ascii: "0") < 10 { i += 1 }
            return i - start
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        guard digits() > 0 else { return (intStart, "expected a digit") }
        if bytes[intStart] == UInt8(ascii: "0") && i - intStart > 1 {
            return (intStart + 1, "a number may not have a leading zero")
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return (i, "expected a digit after the decimal point") }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { return (i, "expected a digit in the exponent") }
        }
        guard i == bytes.count else {
            return (i, "unexpected `\(Character(Unicode.Scalar(bytes[i])))` in a number")
        }
        return nil
    }

    /// Consumes exactly `word` (`true`, `false`, `null`).
    func literal(_ word: String) throws {
        for expected in word.utf8 {
            guard try input.peek() == expected else { throw failure("expected `\(word)`") }
            input.advance()
        }
    }
}
