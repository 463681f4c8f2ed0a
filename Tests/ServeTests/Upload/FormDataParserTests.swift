import Testing

@testable import Serve

@Suite("Streaming multipart/form-data parser")
struct FormDataParserTests {
    /// One part as the parser reports it.
    struct Part: Equatable {
        var headers: [String] = []
        var content: [UInt8] = []
        var ended = false
    }

    static let boundary = "q b"

    /// The parts of `body` fed in chunks of `size` bytes; throws unless it was complete.
    static func parse(_ body: [UInt8], chunk size: Int) throws -> [Part] {
        var parser = FormDataParser(boundary: boundary)
        var parts: [Part] = []
        var start = 0
        while start < body.count {
            let end = min(body.count, start + size)
            try parser.feed(body[start..<end]) { event in
                switch event {
                case .headers(let list): parts.append(Part(headers: list.map { "\($0.name)=\($0.value)" }))
                case .content(let bytes): parts[parts.count - 1].content += bytes
                case .end: parts[parts.count - 1].ended = true
                }
            }
            start = end
        }
        try parser.finish()
        return parts
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Every chunk size from 1 byte to the whole body gives `expected`.
    static func expectInEveryChunking(_ body: [UInt8], _ expected: [Part]) throws {
        for size in 1...body.count { #expect(try parse(body, chunk: size) == expected, "chunk \(size)") }
    }

    @Test("a file and a field, with a preamble and an epilogue, come out the same in chunks of every size")
    func wellFormed() throws {
        let body = Self.bytes(
            "preamble \u{e9}\r\n--q b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r\u{e9}sum\u{e9}.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\na,b\n\u{e9},2\r\n-- q b-ish\r\n--q b\r\n"
                + "Content-Disposition: form-data; name=\"n\"\r\n\r\nv\r\n--q b--\r\nepilogue \u{ff}")
        let expected = [
            Part(
                headers: [
                    "Content-Disposition=form-data; name=\"file\"; filename=\"r\u{e9}sum\u{e9}.csv\"",
                    "Content-Type=text/csv",
                ], content: Self.bytes("a,b\n\u{e9},2\r\n-- q b-ish"), ended: true),
            Part(headers: ["Content-Disposition=form-data; name=\"n\""], content: Self.bytes("v"), ended: true),
        ]
        try Self.expectInEveryChunking(body, expected)
    }

    @Test("content holding prefixes of the delimiter is kept whole across chunk edges")
    func delimiterPrefixesInContent() throws {
        let content = "x\r\r\n\r\n-\r\n--\r\n--q\r\n--q \r\n\r\n--qb\r"
        let body = Self.bytes("--q b\r\nA: 1\r\n\r\n\(content)\r\n--q b--")
        try Self.expectInEveryChunking(body, [Part(headers: ["A=1"], content: Self.bytes(content), ended: true)])
    }

    @Test("bare-LF header lines, padding after a boundary, no CRLF after the last, empty parts")
    func lineEndVariants() throws {
        let body = Self.bytes("--q b \t\nA:  spaced \t\n\n\r\n--q b\r\n\r\n\r\n--q b--")
        try Self.expectInEveryChunking(
            body,
            [Part(headers: ["A=spaced"], content: [], ended: true), Part(headers: [], content: [], ended: true)])
    }

    @Test("a body without its closing boundary is malformed, wherever it stops")
    func missingClosingBoundary() {
        let whole = Self.bytes("--q b\r\nA: 1\r\n\r\ndata\r\n--q b--")
        for end in 0..<(whole.count - 1) {
            #expect(throws: FormDataError.self, "cut at \(end)") { _ = try Self.parse(Array(whole[..<end]), chunk: 3) }
        }
        #expect(throws: FormDataError.self) { _ = try Self.parse(Self.bytes("no boundary at all"), chunk: 4) }
    }

    @Test("header names outside RFC 9110's token characters are refused, non-ASCII bytes included")
    func badHeaderNames() {
        let names: [[UInt8]] = [
            Self.bytes("Content-Disposi") + [0xEC] + Self.bytes("tion"), [0x80], Self.bytes("a b"),
            Self.bytes("a\"b"), [],
        ]
        for name in names {
            let body = Self.bytes("--q b\r\n") + name + Self.bytes(": v\r\n\r\nx\r\n--q b--\r\n")
            for size in [1, 3, body.count] {
                #expect(throws: FormDataError.self, "\(name) chunk \(size)") { _ = try Self.parse(body, chunk: size) }
            }
        }
        let noColon = Self.bytes("--q b\r\nfolded\r\n\r\nx\r\n--q b--")
        #expect(throws: FormDataError.self) { _ = try Self.parse(noColon, chunk: 5) }
    }

    /// The input libFuzzer found against MultipartKit 4.7.1, which trapped on it
    /// (fuzz/corpus/multipart/regression-non-ascii-header-name): a clean error here.
    @Test("the fuzzer's input that crashed the previous parser is a malformed body")
    func fuzzFinding() {
        let input =
            Self.bytes("--''%C3%A9.csv\r\n\r\nx\r\n--q b\r\nContent-Disposi") + [0xEC]
            + Self.bytes("tion: form-data; name=\"file\"; filename=\"b.csv\"\r\n\r\ny\r\n--q b--\r\n")
        for size in [1, 7, input.count] {
            #expect(throws: FormDataError.self) { _ = try Self.parse(input, chunk: size) }
        }
    }

    @Test("after a boundary, anything but padding with a line end, or --, is malformed")
    func junkAfterBoundary() {
        for tail in ["x\r\n", " -", "-x", "\rx"] {
            let body = Self.bytes("--q b\(tail)A: 1\r\n\r\n\r\n--q b--")
            #expect(throws: FormDataError.self, "\(tail)") { _ = try Self.parse(body, chunk: 2) }
        }
    }

    @Test("a header block over the limit is refused before its end comes")
    func longHeaders() {
        let body = Self.bytes("--q b\r\nA: ") + Array(repeating: UInt8(ascii: "v"), count: 20_000)
        var parser = FormDataParser(boundary: Self.boundary)
        #expect(throws: FormDataError.self) {
            var start = 0
            while start < body.count {
                try parser.feed(body[start..<min(body.count, start + 1000)]) { _ in }
                start += 1000
            }
        }
    }
}
