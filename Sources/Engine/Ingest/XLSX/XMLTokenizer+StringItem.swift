extension XMLTokenizer {
    /// Reads the text of a string item (`<si>` in shared strings, `<is>` in an inline-string
    /// cell) whose start tag was just read: plain `<t>` or rich-text runs `<r><t>`, skipping
    /// phonetic runs (`<rPh>`). OOXML `_xHHHH_` escapes are decoded.
    mutating func readStringItem(into out: inout [UInt8]) throws {
        out.removeAll(keepingCapacity: true)
        let itemDepth = depth
        var textDepth: Int? = nil
        var phoneticDepth: Int? = nil
        while depth >= itemDepth {
            switch try next() {
            case .start:
                if phoneticDepth == nil && isNamed(Self.rPh) {
                    phoneticDepth = depth
                } else if phoneticDepth == nil && textDepth == nil && isNamed(Self.t) {
                    textDepth = depth
                }
            case .end:
                if let d = textDepth, depth < d { textDepth = nil }
                if let d = phoneticDepth, depth < d { phoneticDepth = nil }
            case .text:
                if textDepth != nil { try appendText(to: &out) }
            case .endOfDocument:
                return
            }
        }
        Self.decodeOOXMLEscapes(&out)
    }

    /// Replaces `_xHHHH_` (how OOXML stores control characters such as `_x000D_`) by the character.
    static func decodeOOXMLEscapes(_ out: inout [UInt8]) {
        guard out.count >= 7, out.contains(UInt8(ascii: "_")) else { return }
        var result: [UInt8] = []
        result.reserveCapacity(out.count)
        var i = 0
        while i < out.count {
            if out[i] == UInt8(ascii: "_"), i + 6 < out.count, out[i + 1] == UInt8(ascii: "x"),
                out[i + 6] == UInt8(ascii: "_"),
                let value = UInt32(String(decoding: out[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += 7
            } else {
                result.append(out[i])
                i += 1
            }
        }
        out = result
    }

    static let t = Array("t".utf8)
    static let rPh = Array("rPh".utf8)
}
