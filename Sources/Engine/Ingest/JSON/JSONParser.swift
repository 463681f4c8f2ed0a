/// An incremental JSON parser over a `ByteInput` that turns the members of record objects into
/// `Field`s: strings → text, integers → integer, other numbers → number, booleans, null →
/// missing, nested arrays and objects → their compact JSON text.
struct JSONParser {
    var input: ByteInput
    let limits: JSONSource.Limits
    /// Whether record values are only checked, not turned into fields (the header pre-scan).
    var keysOnly = false
    /// Reused bytes of the string or number being read.
    var scratch: [UInt8] = []
    /// The keys of the previous record by position: records usually repeat their keys in the
    /// same order, so a key's `String` is built once, not once per record.
    var keyCache: [(bytes: [UInt8], key: String)] = []

    init(input: ByteInput, limits: JSONSource.Limits) {
        self.input = input
        self.limits = limits
    }

    /// Skips JSON whitespace and returns the next byte without consuming it (nil at the end).
    mutating func skipSpace() throws -> UInt8? {
        try input.skipSpace()
    }

    /// Reads the string starting at the next byte (`"`), decoding escapes.
    mutating func parseString() throws -> String {
        scratch.removeAll(keepingCapacity: true)
        try input.readString(into: &scratch, maxBytes: limits.maxFieldBytes)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Parses the object starting at the next byte (`{`) into `members`, in order.
    mutating func parseObject(depth: Int, into members: inout [(key: String, value: Field)]) throws {
        try checkDepth(depth)
        input.advance()
        guard var b = try skipSpace() else { throw endOfFile("an object") }
        if b == UInt8(ascii: "}") {
            input.advance()
            return
        }
        while true {
            guard b == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
            let key = try parseKey(position: members.count)
            guard try skipSpace() == UInt8(ascii: ":") else { throw failure("expected `:` after the key \"\(key)\"") }
            input.advance()
            if keysOnly {
                try skipValue(depth: depth + 1)
                members.append((key, .missing))
            } else {
                members.append((key, try parseValue(depth: depth + 1)))
            }
            guard let next = try skipSpace() else { throw endOfFile("an object") }
            input.advance()
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw failure("expected `,` or `}` after a value", back: 1) }
            guard let following = try skipSpace() else { throw endOfFile("an object") }
            b = following
        }
    }

    /// Checks one value without building its field (strings are not turned into `String`s).
    mutating func skipValue(depth: Int) throws {
        guard let b = try skipSpace() else { throw endOfFile("a value") }
        switch b {
        case UInt8(ascii: "\""):
            scratch.removeAll(keepingCapacity: true)
            try input.readString(into: &scratch, maxBytes: limits.maxFieldBytes)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var discarded: [UInt8] = []
            try compact(depth: depth, into: &discarded)
        default:
            _ = try parseValue(depth: depth)
        }
    }

    /// Parses one value as a field; arrays and objects become compact JSON text.
    mutating func parseValue(depth: Int) throws -> Field {
        guard let b = try skipSpace() else { throw endOfFile("a value") }
        switch b {
        case UInt8(ascii: "\""):
            return .text(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try input.readNumber(into: &scratch)
            return Self.number(scratch)
        case UInt8(ascii: "t"):
            try input.literal("true")
            return .boolean(true)
        case UInt8(ascii: "f"):
            try input.literal("false")
            return .boolean(false)
        case UInt8(ascii: "n"):
            try input.literal("null")
            return .missing
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var out: [UInt8] = []
            try compact(depth: depth, into: &out)
            return .text(String(decoding: out, as: UTF8.self))
        default:
            throw failure("expected a value, found \(Self.describe(b))")
        }
    }

    /// Reads an object key, reusing the previous record's key at the same position when equal.
    mutating func parseKey(position: Int) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        try input.readString(into: &scratch, maxBytes: limits.maxFieldBytes)
        if position < keyCache.count && keyCache[position].bytes == scratch { return keyCache[position].key }
        let key = String(decoding: scratch, as: UTF8.self)
        if position < keyCache.count {
            keyCache[position] = (scratch, key)
        } else if position == keyCache.count && position < 1_024 {
            keyCache.append((scratch, key))
        }
        return key
    }

    /// The field for the bytes of a valid JSON number: integers that fit in 64 bits are
    /// `.integer`, everything else `.number`.
    static func number(_ bytes: [UInt8]) -> Field {
        var value: Int64 = 0
        var i = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let negative = i == 1
        if bytes.count - i <= 18 {
            while i < bytes.count, bytes[i] &- UInt8(ascii: "0") < 10 {
                value = value * 10 + Int64(bytes[i] &- UInt8(ascii: "0"))
                i += 1
            }
            if i == bytes.count { return .integer(negative ? -value : value) }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let integral = !bytes.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        if integral, let value = Int64(text) { return .integer(value) }
        return .number(Double(text) ?? .nan)
    }

    func checkDepth(_ depth: Int) throws {
        guard depth <= limits.maxDepth else {
            throw failure(.limitExceeded, "arrays and objects are nested more than \(limits.maxDepth) levels deep")
        }
    }

    /// A malformed-JSON error at the current position (`back` characters before it).
    func failure(_ message: String, back: Int = 0) -> JSONError {
        failure(.malformed, message, back: back)
    }

    /// An error of `kind` at the current position (`back` characters before it).
    func failure(_ kind: JSONError.Kind, _ message: String, back: Int = 0) -> JSONError {
        input.failure(kind, message, back: back)
    }

    func endOfFile(_ inside: String) -> JSONError {
        failure("the file ends inside \(inside)")
    }

    /// A short name for an unexpected byte in a message.
    static func describe(_ b: UInt8) -> String {
        switch b {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        case 0x21...0x7E: return "`\(Character(Unicode.Scalar(b)))`"
        default: return "the byte 0x" + String(b, radix: 16, uppercase: true)
        }
    }
}
