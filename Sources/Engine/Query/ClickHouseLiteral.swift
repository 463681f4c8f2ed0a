import Foundation

/// The one function that renders a value as a ClickHouse literal. ClickHouse 18.16 has no
/// query parameters, so every value in a compiled query passes through here.
public enum ClickHouseLiteral {
    /// `value` as SQL text that ClickHouse parses back to exactly that value: strings quoted
    /// with `\\` and `\'` escaped and every control or non-UTF-8-safe byte as `\xHH`; integers
    /// and finite doubles in plain notation (doubles round-trip); NaN and infinities through
    /// `nan`/`inf`; blobs through `unhex`.
    public static func render(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let i):
            // -9223372036854775808 would parse as minus an unsigned number: keep it typed.
            return i == .min ? "toInt64('\(i)')" : String(i)
        case .real(let d):
            if d.isNaN { return "nan" }
            if d.isInfinite { return d < 0 ? "-inf" : "inf" }
            return "toFloat64('\(d)')"
        case .text(let s): return string(Array(s.utf8))
        case .blob(let b):
            return "unhex('\(b.map { String(format: "%02X", $0) }.joined())')"
        }
    }

    /// A quoted string literal of the bytes `utf8`.
    static func string(_ utf8: [UInt8]) -> String {
        var out: [UInt8] = [UInt8(ascii: "'")]
        out.reserveCapacity(utf8.count + 2)
        for b in utf8 {
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "'"): out += [UInt8(ascii: "\\"), b]
            case 0..<0x20, 0x7F: out += Array(String(format: "\\x%02X", b).utf8)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "'"))
        return String(decoding: out, as: UTF8.self)
    }
}
