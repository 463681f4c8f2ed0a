import Foundation

/// Statistics as people read them: the one way every insight, report and CLI table writes a
/// p-value, a coefficient, and a measured number in a sentence.
public enum StatText {
    /// A p-value's number: four decimals, or `< 0.0001` when smaller.
    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "–" }
        return p < 0.0001 ? "< 0.0001" : NumberText.grouped(p, decimals: 4, trim: false, group: false)
    }

    /// `p = 0.0123` or `p < 0.0001`, for sentences.
    static func p(_ p: Double) -> String {
        let text = pValue(p)
        return text.hasPrefix("<") ? "p \(text)" : "p = \(text)"
    }

    /// A coefficient (r, R², η²) with three decimals: `0.482`.
    static func coefficient(_ v: Double) -> String {
        guard v.isFinite else { return "–" }
        return NumberText.grouped(v, decimals: 3, trim: false, group: false)
    }

    /// A measured number in a sentence (insights, forecast text, a model choice): `digits`
    /// significant digits (4), as many decimals as that takes and never an exponent (the whole
    /// part is always written out), trailing zeros of the fraction dropped, thousands separators:
    /// `12,346`, `123.5`, `0.01235`, `2`. Below 10 decimals' reach it is `0`.
    static func number(_ v: Double, digits: Int = 4) -> String {
        guard v.isFinite else { return "–" }
        guard v != 0 else { return "0" }
        let magnitude = Int(floor(log10(abs(v))))
        return NumberText.grouped(v, decimals: max(0, min(10, digits - 1 - magnitude)), trim: true)
    }
}
