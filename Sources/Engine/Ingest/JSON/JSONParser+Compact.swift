extension JSONParser {
    /// Re-writes the value starting at the next byte as compact JSON text into `out`:
    /// no insignificant whitespace, strings re-escaped minimally, numbers as written.
    mutating func compact(depth: Int, into out: inout [UInt8]) throws {
        guard let b = try skipSpace() else { throw endOfFile("a value") }
        switch b {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try checkDepth(depth)
            let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = b == UInt8(ascii: "{")
            input.advance()
            out.append(b)
            guard var next = try skipSpace() else { throw endOfFile(isObject ? "an object" : "an array") }
            if next == close {
                input.advance()
                out.append(close)
                return
            }
            while true {
                if isObject {
                    guard next == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
                    try quoted(into: &out)
                    guard try skipSpace() == UInt8(ascii: ":") else { throw failure("expected `:` after a key") }
                    input.advance()
                    out.append(UInt8(ascii: ":"))
                }
                try compact(depth: depth + 1, into: &out)
                guard let separator = try skipSpace() else { throw endOfFile(isObject ? "an object" : "an array") }
                input.advance()
                out.append(separator)
                if separator == close { return }
                guard separator == UInt8(ascii: ",") else {
                    throw failure("expected `,` or `\(Character(Unicode.Scalar(close)))`", back: 1)
                }
                guard let following = try skipSpace() else { throw endOfFile(isObject ? "an object" : "an array") }
                next = following
            }
        case UInt8(ascii: "\""):
            try quoted(into: &out)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try input.readNumber(into: &scratch)
            out.append(contentsOf: scratch)
        case UInt8(ascii: "t"):
            try input.literal("true")
            out.append(contentsOf: "true".utf8)
        case UInt8(ascii: "f"):
            try input.literal("false")
            out.append(contentsOf: "false".utf8)
        case UInt8(ascii: "n"):
            try input.literal("null")
            out.append(contentsOf: "null".utf8)
        default:
            throw failure("expected a value, found \(Self.describe(b))")
        }
        if out.count > limits.maxFieldBytes {
            throw failure(.limitExceeded, "a nested value is longer than \(limits.maxFieldBytes) bytes")
        }
    }

    /// Reads a string and appends it to `out` quoted, escaping only what JSON requires.
    private mutating func quoted(into out: inout [UInt8]) throws {
        scratch.removeAll(keepingCapacity: true)
        try input.readString(into: &scratch, maxBytes: limits.maxFieldBytes)
        out.append(UInt8(ascii: "\""))
        for b in scratch {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex = String(b, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
