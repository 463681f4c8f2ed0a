extension FormDataParser {
    /// The header block at the start of `bytes` (lines up to an empty one) and its length with
    /// the empty line; `nil` when the empty line has not come yet.
    static func headerBlock(in bytes: UnsafeRawBufferPointer) throws -> ([(name: String, value: String)], Int)? {
        var headers: [(name: String, value: String)] = []
        var start = 0
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            var end = newline
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            start = newline + 1
            if line.isEmpty { return (headers, start) }
            headers.append(try header(line))
        }
        return nil
    }

    /// `name: value` of one header line; the name an RFC 9110 token, the value without the
    /// spaces around it, read as UTF-8 (browsers send file names so).
    static func header(_ line: UnsafeRawBufferPointer) throws -> (name: String, value: String) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else {
            throw FormDataError("a part's header line has no name.")
        }
        let name = line[..<colon]
        guard name.allSatisfy(isTokenByte) else {
            throw FormDataError("a part's header name holds a character names cannot hold.")
        }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private static let tokenPunctuation = Array("!#$%&'*+-.^_`|~".utf8)

    /// RFC 9110's `tchar`: visible ASCII except the separators.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return tokenPunctuation.contains(byte)
        }
    }
}
