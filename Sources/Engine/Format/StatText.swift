/// Statistics as people read them: the one way every insight, report and CLI table writes a
/// p-value.
public enum StatText {
    /// A p-value's number: four decimals, or `< 0.0001` when smaller.
    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "–" }
        return p < 0.0001 ? "< 0.0001" : NumberText.grouped(p, decimals: 4, trim: false, group: false)
    }

    /// `p = 0.0123` or `p < 0.0001`, for sentences.
    public static func p(_ p: Double) -> String {
        let text = pValue(p)
        return text.hasPrefix("<") ? "p \(text)" : "p = \(text)"
    }

    /// A coefficient (r, R², η²) with three decimals: `0.482`.
    public static func coefficient(_ v: Double) -> String {
        guard v.isFinite else { return "–" }
        return NumberText.grouped(v, decimals: 3, trim: false, group: false)
    }
}
