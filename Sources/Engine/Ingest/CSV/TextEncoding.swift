/// The character encoding of a text data file, decided once per file.
///
/// A file that is well-formed UTF-8 (with or without a BOM) is read as UTF-8; any other file is
/// read as Windows-1252, the usual encoding of CSV files saved by Excel on Western Windows.
enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"

    /// The encoding of the file at `file`, found by checking the whole file for valid UTF-8.
    static func detect(_ file: ChunkedFile) throws -> TextEncoding {
        var validator = UTF8Validator()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 8)
        defer { chunk.deallocate() }
        while true {
            let n = try file.fill(chunk)
            if n == 0 { break }
            if !validator.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<n])) { return .windows1252 }
            if n < chunk.count { break }
        }
        return validator.isComplete ? .utf8 : .windows1252
    }

    /// `bytes` decoded as a `String`.
    func string(_ bytes: UnsafeRawBufferPointer) -> String {
        switch self {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for b in bytes { scalars.append(Self.scalar(b)) }
            return String(scalars)
        }
    }

    /// Appends `bytes` (Windows-1252) re-encoded as UTF-8 to `out`.
    static func transcode1252(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let v = scalar(b).value
            if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
    }

    /// The character a Windows-1252 byte stands for (the five unassigned bytes map to the C1
    /// control characters with the same number, as in the WHATWG encoding standard).
    static func scalar(_ b: UInt8) -> Unicode.Scalar {
        guard b >= 0x80, b < 0xA0 else { return Unicode.Scalar(b) }
        return Unicode.Scalar(high1252[Int(b - 0x80)]) ?? Unicode.Scalar(b)
    }

    private static let high1252: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
