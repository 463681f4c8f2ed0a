extension XMLTokenizer {
    /// Decodes raw text or an attribute value into `out`: the five predefined entities and
    /// numeric character references. Any other entity is an error (no DTD can define one).
    func decode(_ range: Range<Int>, into out: inout [UInt8]) throws {
        var i = range.lowerBound
        var runStart = i
        while i < range.upperBound {
            guard bytes[i] == UInt8(ascii: "&") else {
                i += 1
                continue
            }
            out.append(contentsOf: bytes[runStart..<i])
            var end = i + 1
            while end < range.upperBound && bytes[end] != UInt8(ascii: ";") && end - i < 12 { end += 1 }
            guard end < range.upperBound, bytes[end] == UInt8(ascii: ";") else {
                throw malformed("a `&` that does not start an entity reference", at: i)
            }
            try appendEntity(bytes[(i + 1)..<end], at: i, into: &out)
            i = end + 1
            runStart = i
        }
        out.append(contentsOf: bytes[runStart..<range.upperBound])
    }

    private func appendEntity(_ name: ArraySlice<UInt8>, at offset: Int, into out: inout [UInt8]) throws {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "amp": out.append(UInt8(ascii: "&"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        case let reference where reference.hasPrefix("#"):
            let digits = reference.dropFirst()
            let value: UInt32? =
                digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else {
                throw malformed("`&\(reference);` is not a valid character reference", at: offset)
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        case let other:
            throw malformed("the entity `&\(other);` is not defined (only the five XML entities are)", at: offset)
        }
    }

    /// The 1-based line and column of a byte offset (columns count characters).
    func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}
