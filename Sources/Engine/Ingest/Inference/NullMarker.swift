/// Texts that stand for a missing value: `NA`, `N/A`, `#N/A`, `null`, `NaN`, `None` (any case)
/// and a lone `-`.
///
/// An empty (or all-blank) field is always NULL. A marker is NULL only in a column that is
/// otherwise typed (numbers, booleans, dates): there it must mean "missing". In a string column
/// the marker is kept as text (`NA` may be Namibia; `None` may be an answer).
enum NullMarker {
    /// Whether trimmed, non-empty `p` is a null marker.
    static func matches(_ p: UnsafeRawBufferPointer) -> Bool {
        switch p.count {
        case 1: return p[0] == UInt8(ascii: "-")
        case 2: return BooleanWord.matches(p, "na")
        case 3: return BooleanWord.matches(p, "n/a") || BooleanWord.matches(p, "nan")
        case 4:
            return BooleanWord.matches(p, "#n/a") || BooleanWord.matches(p, "null")
                || BooleanWord.matches(p, "none")
        default: return false
        }
    }
}
