import Foundation

/// Locale-independent number text: thousands separators, fixed decimals, compact suffixes, and
/// the one currency-symbol table. Charts (`ValueFormat`) and the Generator's filters, tables, KPI
/// cards and PDFs all write numbers with it.
enum NumberText {
    /// `1234567.891` with 2 decimals → `1,234,567.89` (`1234567.89` when `group` is false);
    /// trailing zeros of the fraction dropped when `trim`.
    static func grouped(_ value: Double, decimals: Int, trim: Bool, group: Bool = true) -> String {
        let d = max(0, min(decimals, 10))
        let negative = value < 0
        let a = abs(value)
        if a >= 1e18 { return String(format: "%.3g", value) }
        let p = pow(10.0, Double(d))
        let scaled = (a * p).rounded()
        // Integer arithmetic while the scaled value is exact in a Double; beyond that the
        // fraction is below the Double's precision anyway.
        let whole: UInt64, frac: UInt64
        if scaled < 9e15 {
            let s = UInt64(scaled), pi = UInt64(p)
            whole = s / pi
            frac = s % pi
        } else {
            whole = UInt64(a.rounded())
            frac = 0
        }
        var intText = String(whole)
        if group, intText.count > 3 {
            var out = ""
            for (i, ch) in intText.enumerated() {
                if i > 0, (intText.count - i) % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            intText = out
        }
        var s = intText
        if d > 0 {
            var f = String(frac)
            f = String(repeating: "0", count: max(0, d - f.count)) + f
            if trim { while f.hasSuffix("0") { f.removeLast() } }
            if !f.isEmpty { s += "." + f }
        }
        let isZero = whole == 0 && frac == 0
        return (negative && !isZero ? "-" : "") + s
    }

    /// Fraction digits needed to show `value`, or to tell ticks `step` apart.
    static func decimals(_ value: Double, step: Double?) -> Int {
        if let step, step > 0, step.isFinite {
            for d in 0...8 {
                let s = step * pow(10, Double(d))
                if abs(s - s.rounded()) < 1e-6 * max(1, s) { return d }
            }
            return 8
        }
        let a = abs(value)
        if a == 0 || a >= 1 { return 2 }
        return min(8, Int(-floor(log10(a))) + 2)
    }

    /// `1234` → `1.2K`, `3400000` → `3.4M`.
    static func compact(_ value: Double, decimals: Int?, step: Double?) -> String {
        let a = abs(value)
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        let unit = units.first { a >= $0.0 * 0.9995 } ?? (1, "")
        let v = value / unit.0
        let d: Int
        if let decimals {
            d = decimals
        } else if let step {
            d = NumberText.decimals(v, step: step / unit.0)
        } else {
            d = unit.1.isEmpty ? NumberText.decimals(v, step: nil) : (abs(v) < 10 ? 1 : 0)
        }
        return grouped(v, decimals: d, trim: decimals == nil && step == nil) + unit.1
    }

    /// The symbol written before an amount in the currency `code` (ISO 4217, or the symbol
    /// itself): `USD` → `$`, `INR` → `₹`; codes without a symbol here are written `CODE `.
    static func currencySymbol(_ code: String) -> String {
        switch code.uppercased() {
        case "USD", "$": return "$"
        case "EUR", "€": return "€"
        case "GBP", "£": return "£"
        case "JPY", "CNY", "¥": return "¥"
        case "INR", "₹": return "₹"
        case "CHF": return "CHF "
        default: return code.uppercased() + " "
        }
    }
}
