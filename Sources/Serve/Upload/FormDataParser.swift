#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An incremental `multipart/form-data` parser (RFC 7578 over RFC 2046's syntax): fed the body
/// in chunks of any size, it reports each part's headers, its content in slices, and its end.
/// Only what a delimiter could still be is kept between chunks, so a file part's bytes are
/// passed on once, as they arrive.
///
/// Delimiters are `CRLF--boundary` (the first may open the body without its CRLF), followed by
/// optional spaces or tabs and CRLF, or by `--` for the last; a body that ends before the last
/// delimiter is malformed. Part headers end with an empty line; lines may end with CRLF or a
/// bare LF; a header name is an RFC 9110 token (ASCII only) and the header block is bounded.
struct FormDataParser {
    /// What the parser found, in order. `content`'s bytes are valid only during the call.
    enum Event {
        case headers([(name: String, value: String)])
        case content(UnsafeRawBufferPointer)
        case end
    }

    /// The most bytes a part's header block may take.
    static let maximumHeaderBytes = 16 * 1024

    enum State: Equatable {
        case preamble, afterDelimiter, headers, content, epilogue
    }

    private(set) var state = State.preamble
    /// `CRLF--boundary`.
    let delimiter: [UInt8]
    /// Bytes of the body not yet consumed: a possible start of a delimiter, or an incomplete
    /// header block. It opens with a CRLF so that a first delimiter without one is found too.
    private var pending: [UInt8] = [0x0D, 0x0A]

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    /// Parses the next `chunk` of the body, reporting what it completes to `handle`.
    mutating func feed(_ chunk: some Collection<UInt8>, _ handle: (Event) throws -> Void) throws {
        if state == .epilogue { return }
        if pending.isEmpty,
            let done = try chunk.withContiguousStorageIfAvailable({ buffer in
                let bytes = UnsafeRawBufferPointer(buffer)
                let consumed = try parse(bytes, handle)
                pending = Array(bytes[consumed...])
            })
        {
            return done
        }
        pending.append(contentsOf: chunk)
        let input = pending
        pending = []
        try input.withUnsafeBytes { bytes in
            let consumed = try parse(bytes, handle)
            pending = Array(bytes[consumed...])
        }
    }

    /// Checks that the body ended after its last delimiter.
    func finish() throws {
        guard state == .epilogue else { throw FormDataError("the body ends before its closing boundary.") }
    }

    /// Parses as much of `bytes` as can be; the count of bytes consumed.
    private mutating func parse(_ bytes: UnsafeRawBufferPointer, _ handle: (Event) throws -> Void) throws
        -> Int
    {
        var at = 0
        while at < bytes.count || state == .epilogue {
            switch state {
            case .preamble, .content:
                let rest = UnsafeRawBufferPointer(rebasing: bytes[at...])
                if let found = Self.find(delimiter, in: rest) {
                    if state == .content, found > 0 {
                        try handle(.content(UnsafeRawBufferPointer(rebasing: rest[..<found])))
                    }
                    if state == .content { try handle(.end) }
                    at += found + delimiter.count
                    state = .afterDelimiter
                } else {
                    let keep = Self.partialMatch(of: delimiter, atEndOf: rest)
                    if state == .content, rest.count > keep {
                        try handle(.content(UnsafeRawBufferPointer(rebasing: rest[..<(rest.count - keep)])))
                    }
                    return bytes.count - keep
                }
            case .afterDelimiter:
                guard let next = try afterDelimiter(UnsafeRawBufferPointer(rebasing: bytes[at...])) else { return at }
                at += next
            case .headers:
                let rest = UnsafeRawBufferPointer(rebasing: bytes[at...])
                guard let (headers, length) = try Self.headerBlock(in: rest) else {
                    if rest.count > Self.maximumHeaderBytes { throw FormDataError("a part's headers are too long.") }
                    return at
                }
                try handle(.headers(headers))
                at += length
                state = .content
            case .epilogue:
                return bytes.count
            }
        }
        return at
    }

    /// After a delimiter: `--` (the last), or transport padding and a line end. The bytes it
    /// took, or `nil` when more are needed.
    private mutating func afterDelimiter(_ rest: UnsafeRawBufferPointer) throws -> Int? {
        if rest.first == UInt8(ascii: "-") {
            guard rest.count >= 2 else { return nil }
            guard rest[1] == UInt8(ascii: "-") else { throw FormDataError("a boundary is followed by \"-\".") }
            state = .epilogue
            return 2
        }
        var i = 0
        while i < rest.count, rest[i] == 0x20 || rest[i] == 0x09 { i += 1 }
        guard i < rest.count else { return nil }
        if rest[i] == 0x0A {
            state = .headers
            return i + 1
        }
        guard rest[i] == 0x0D else { throw FormDataError("a boundary is followed by other text.") }
        guard i + 1 < rest.count else { return nil }
        guard rest[i + 1] == 0x0A else { throw FormDataError("a boundary is followed by other text.") }
        state = .headers
        return i + 2
    }

    /// The offset of the first `needle` in `haystack` (`memchr` to each candidate first byte).
    static func find(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Int? {
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return nil }
        return needle.withUnsafeBytes { n -> Int? in
            guard let first = n.first, let rest = n.baseAddress?.advanced(by: 1) else { return nil }
            let last = haystack.count - n.count  // the last offset where a match fits
            var at = 0
            while at <= last, let hit = memchr(base + at, Int32(first), last - at + 1) {
                let offset = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + offset + 1, rest, n.count - 1) == 0 { return offset }
                at = offset + 1
            }
            return nil
        }
    }

    /// How many bytes at the end of `bytes` are a proper prefix of `needle` (the longest such).
    static func partialMatch(of needle: [UInt8], atEndOf bytes: UnsafeRawBufferPointer) -> Int {
        var length = min(needle.count - 1, bytes.count)
        while length > 0 {
            let start = bytes.count - length
            if bytes[start] == needle[0], (0..<length).allSatisfy({ bytes[start + $0] == needle[$0] }) {
                return length
            }
            length -= 1
        }
        return 0
    }
}
