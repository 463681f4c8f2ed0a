/// Reading numbers out of text the way SQLite does for affinity and arithmetic.
enum NumericText {
    /// `text` as an integer or real when all of it (bar surrounding white space) is a number,
    /// else `nil`: SQLite's test for applying numeric affinity.
    static func parse(_ text: String) -> SQLValue? {
        let b = Array(text.utf8)
        var i = 0, end = b.count
        while i < end, isSpace(b[i]) { i += 1 }
        while end > i, isSpace(b[end - 1]) { end -= 1 }
        let (length, isInteger) = numberPrefix(b, from: i, to: end)
        guard length > 0, i + length == end else { return nil }
        let s = String(decoding: b[i..<end], as: UTF8.self)
        if isInteger, let v = Int64(s.hasPrefix("+") ? String(s.dropFirst()) : s) { return .integer(v) }
        guard let d = Double(s.hasSuffix(".") ? s + "0" : s) else { return nil }
        return .real(d)
    }

    /// The value of the longest numeric prefix of `text` as a double (0 when there is none).
    static func prefixDouble(_ text: String) -> Double {
        let b = Array(text.utf8)
        var i = 0
        while i < b.count, isSpace(b[i]) { i += 1 }
        let (length, _) = numberPrefix(b, from: i, to: b.count)
        guard length > 0 else { return 0 }
        let s = String(decoding: b[i..<(i + length)], as: UTF8.self)
        return Double(s.hasSuffix(".") ? s + "0" : s) ?? 0
    }

    /// The integer of the longest `[+-]digits` prefix of `text` (0 when there is none), clamped.
    static func prefixInteger(_ text: String) -> Int64 {
        let b = Array(text.utf8)
        var i = 0
        while i < b.count, isSpace(b[i]) { i += 1 }
        var negative = false
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        var v: Int64 = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(b[i] - 0x30))
            if o1 || o2 { return negative ? Int64.min : Int64.max }
            v = s
            i += 1
        }
        return negative ? -v : v
    }

    /// Length of the number at `b[from...]` (`[+-]digits[.digits][e[+-]digits]`) and whether it
    /// is a plain integer.
    private static func numberPrefix(_ b: [UInt8], from: Int, to end: Int) -> (Int, Bool) {
        var i = from
        if i < end, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        var digits = 0
        while i < end, b[i] >= 0x30, b[i] <= 0x39 {
            i += 1
            digits += 1
        }
        var isInteger = true
        if i < end, b[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            while i < end, b[i] >= 0x30, b[i] <= 0x39 {
                i += 1
                digits += 1
            }
        }
        guard digits > 0 else { return (0, false) }
        if i < end, b[i] | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            if j < end, b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "+") { j += 1 }
            if j < end, b[j] >= 0x30, b[j] <= 0x39 {
                while j < end, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                i = j
                isInteger = false
            }
        }
        return (i - from, isInteger)
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
}
