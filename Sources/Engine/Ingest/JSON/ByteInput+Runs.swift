extension ByteInput {
    /// Skips JSON whitespace and returns the next byte without consuming it (nil at the end).
    mutating func skipSpace() throws -> UInt8? {
        while true {
            while index < count {
                switch buffer[index] {
                case 0x20, 0x09, 0x0D:
                    index += 1
                case 0x0A:
                    index += 1
                    line += 1
                    lineStart = bufferStart + index
                    continuations = 0
                case let b:
                    return b
                }
            }
            guard try refill() else { return nil }
        }
    }

    /// Appends the bytes up to the next `"`, `\` or control character (not consumed), or to the
    /// end of the buffer, to `out`; false when the file has ended.
    mutating func readStringRun(into out: inout [UInt8]) throws -> Bool {
        if index >= count {
            guard try refill() else { return false }
        }
        let start = index
        var i = index
        var continuationBytes = 0
        buffer.withUnsafeBufferPointer { p in
            while i < count {
                let b = p[i]
                if b == 0x22 || b == 0x5C || b < 0x20 { break }
                if b & 0xC0 == 0x80 { continuationBytes += 1 }
                i += 1
            }
        }
        out.append(contentsOf: buffer[start..<i])
        continuations += continuationBytes
        index = i
        return true
    }

    /// Appends the run of bytes that can occur in a JSON number (`0-9 + - . e E`) to `out`.
    mutating func readNumberRun(into out: inout [UInt8]) throws {
        while true {
            if index >= count {
                guard try refill() else { return }
            }
            let start = index
            while index < count {
                switch buffer[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                    UInt8(ascii: "e"), UInt8(ascii: "E"):
                    index += 1
                default:
                    out.append(contentsOf: buffer[start..<index])
                    return
                }
            }
            out.append(contentsOf: buffer[start..<index])
        }
    }
}
