import Foundation

extension ValueFormat {
    /// Formats `value`. With `step` (the distance between axis ticks) the decimals follow the
    /// step so neighbouring ticks never print the same text.
    public func string(_ value: Double, step: Double? = nil) -> String {
        guard value.isFinite else { return "–" }
        switch style {
        case .plain, .date:
            return NumberText.grouped(
                value, decimals: decimals ?? NumberText.decimals(value, step: step),
                trim: decimals == nil && step == nil)
        case .fixed:
            return NumberText.grouped(value, decimals: decimals ?? 2, trim: false)
        case .percent:
            let v = value * 100
            let d = decimals ?? step.map { NumberText.decimals(v, step: $0 * 100) } ?? 1
            return NumberText.grouped(v, decimals: d, trim: false) + "%"
        case .currency:
            let symbol = NumberText.currencySymbol(currency ?? "USD")
            let d = decimals ?? (step.map { NumberText.decimals(value, step: $0) } ?? 2)
            let body = NumberText.grouped(abs(value), decimals: d, trim: false)
            return (value < 0 ? "-" : "") + symbol + body
        case .compact:
            return NumberText.compact(value, decimals: decimals, step: step)
        }
    }

    /// A query value in this format: NULL is empty; `date` rewrites ISO date text; other text
    /// that reads as a number is formatted as one, text that does not stays as it is.
    public func string(_ value: SQLValue) -> String {
        if value.isNull { return "" }
        if style == .date, case .text(let t) = value { return DateText.medium(t) }
        guard let d = value.double ?? value.string.flatMap({ Double($0) }) else { return value.string ?? "" }
        return string(d)
    }

    /// A query value with no format: NULL is empty, a real has at most two decimals and no
    /// thousands separators (`1234.57`), anything else is its SQL text.
    public static func unformatted(_ value: SQLValue) -> String {
        if case .real(let d) = value, d.isFinite { return NumberText.grouped(d, decimals: 2, trim: true, group: false) }
        return value.string ?? ""
    }
}
