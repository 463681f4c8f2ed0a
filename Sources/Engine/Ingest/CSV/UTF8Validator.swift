/// Checks that a byte stream is well-formed UTF-8, fed in chunks of any size.
struct UTF8Validator {
    private var pending = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF

    /// Whether the bytes fed so far end on a complete character.
    var isComplete: Bool { pending == 0 }

    /// Feeds the next bytes; `false` as soon as they cannot be UTF-8.
    mutating func feed(_ p: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            if pending == 0 {
                while i + 8 <= n, p.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                if i >= n { break }
                let b = p[i]
                i += 1
                if b < 0x80 { continue }
                switch b {
                case 0xC2...0xDF: (pending, low, high) = (1, 0x80, 0xBF)
                case 0xE0: (pending, low, high) = (2, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (pending, low, high) = (2, 0x80, 0xBF)
                case 0xED: (pending, low, high) = (2, 0x80, 0x9F)
                case 0xF0: (pending, low, high) = (3, 0x90, 0xBF)
                case 0xF1...0xF3: (pending, low, high) = (3, 0x80, 0xBF)
                case 0xF4: (pending, low, high) = (3, 0x80, 0x8F)
                default: return false
                }
            } else {
                let b = p[i]
                i += 1
                guard b >= low, b <= high else { return false }
                pending -= 1
                (low, high) = (0x80, 0xBF)
            }
        }
        return true
    }
}
