import Testing

@testable import Engine

@Suite("Text encodings")
struct TextEncodingTests {
    func valid(_ bytes: [UInt8], split: Int? = nil) -> Bool {
        var v = UTF8Validator()
        let parts = split.map { [Array(bytes[..<$0]), Array(bytes[$0...])] } ?? [bytes]
        for part in parts where !part.withUnsafeBytes({ v.feed($0) }) { return false }
        return v.isComplete
    }

    @Test("accepts well-formed UTF-8, also when a character is split between chunks")
    func validUTF8() {
        let text = Array("plain ASCII text, München, €, 𝄞".utf8)
        #expect(valid(text))
        for k in 1..<text.count { #expect(valid(text, split: k)) }
    }

    @Test("rejects bytes that are not UTF-8")
    func invalidUTF8() {
        #expect(!valid([0x43, 0x61, 0x66, 0xE9]))  // "Café" in Windows-1252
        #expect(!valid([0xC0, 0x80]))  // overlong NUL
        #expect(!valid([0xED, 0xA0, 0x80]))  // a surrogate
        #expect(!valid([0xE2, 0x82]))  // cut short at the end
    }

    @Test("decodes Windows-1252, including the 0x80–0x9F block")
    func windows1252() {
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x93, 0x94, 0x9F]
        #expect(bytes.withUnsafeBytes { TextEncoding.windows1252.string($0) } == "Café €\u{201C}\u{201D}Ÿ")
        var out: [UInt8] = []
        bytes.withUnsafeBytes { TextEncoding.transcode1252($0, into: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "Café €\u{201C}\u{201D}Ÿ")
    }
}
