import Foundation
import Testing

@testable import Engine

/// The dictionary encoder gives equal byte strings one code and different ones (also those that
/// differ only past 8 or 16 bytes, or by trailing zero bytes) different codes.
@Suite("Text interning")
struct TextInternerTests {
    @Test("codes follow byte equality for every length")
    func codes() {
        var interner = TextInterner()
        var values: [[UInt8]] = [[], [0], [0, 0]]
        for n in 1...40 {
            values.append(Array("abcdefghijklmnopqrstuvwxyz0123456789ABCD".utf8.prefix(n)))
            values.append(Array("abcdefghijklmnopqrstuvwxyz0123456789ABCD".utf8.prefix(n - 1)) + [0x21])
        }
        let codes = values.map { v in v.withUnsafeBytes { interner.code($0) } }
        #expect(Set(codes).count == Set(values).count)
        let again = values.map { v in v.withUnsafeBytes { interner.code($0) } }
        #expect(again == codes)
        #expect(
            interner.strings() == Array(NSOrderedSet(array: values.map { String(decoding: $0, as: UTF8.self) }))
                as? [String])
    }

    @Test("a word of up to eight bytes reads exactly those bytes")
    func words() {
        let bytes: [UInt8] = Array(1...20)
        bytes.withUnsafeBytes { all in
            for n in 0...20 {
                let p = UnsafeRawBufferPointer(rebasing: all[0..<n])
                for from in [0, 8] {
                    var expected: UInt64 = 0
                    for k in 0..<8 where from + k < n { expected |= UInt64(bytes[from + k]) << (8 * UInt64(k)) }
                    #expect(TextInterner.word(p, from) == expected, "n \(n) from \(from)")
                }
            }
        }
    }
}
