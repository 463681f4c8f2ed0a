/// The words read as booleans (any case): `true`/`false`, `yes`/`no`, `t`/`f`, `y`/`n`.
///
/// `1`/`0` are not among them: a column of ones and zeros is an integer column, so that it can
/// be summed and averaged, and so that numeric codes are not mistaken for flags.
enum BooleanWord {
    /// The boolean `p` spells, or `nil`.
    static func parse(_ p: UnsafeRawBufferPointer) -> Bool? {
        switch p.count {
        case 1:
            switch p[0] | 0x20 {
            case UInt8(ascii: "t"), UInt8(ascii: "y"): return true
            case UInt8(ascii: "f"), UInt8(ascii: "n"): return false
            default: return nil
            }
        case 2: return matches(p, "no") ? false : nil
        case 3: return matches(p, "yes") ? true : nil
        case 4: return matches(p, "true") ? true : nil
        case 5: return matches(p, "false") ? false : nil
        default: return nil
        }
    }

    /// Whether `p` equals the lowercase ASCII `word`, ignoring case.
    static func matches(_ p: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
        guard p.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<p.count where p[k] | 0x20 != w[k] && p[k] != w[k] { return false }
        return true
    }
}
