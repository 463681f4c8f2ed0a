/// How a number is shown — on chart axes, labels and tooltips, in KPI cards, tables, inline page
/// values, PDFs and the CLI. The one formatter: every surface writes a value through it, so a
/// page shows `₹1,234.50` the same way in its chart, KPI card and table.
///
/// The rules (one for every surface):
/// - `plain` (`number`): thousands separators; two decimals for values of 1 and more, enough to
///   show the first two significant digits below 1; trailing zeros dropped.
/// - `fixed` (`number:N`): exactly `N` decimals.
/// - `currency` (`currency:CODE`): the symbol of `NumberText.currencySymbol` and two decimals.
/// - `percent`: the value × 100 with one decimal (`0.1234` → `12.3%`).
/// - `compact`: `1.2K`, `12K`, `3.4M` — one decimal below 10 units, none above.
/// - `date`: ISO date text as `Mar 5, 2024` (`DateText.medium`); numbers as `plain`.
/// On axes the decimals follow the distance between ticks instead, so neighbours differ.
public struct ValueFormat: Sendable, Hashable, Codable {
    public enum Style: String, Sendable, Codable {
        /// `1,234.5` (thousands separators, up to `decimals` fraction digits).
        case plain
        /// `1.2K`, `3.4M`, `5.6B`.
        case compact
        /// `$1,234.50` / `€1,234.50`; `currency` holds the ISO code.
        case currency
        /// `12.5%` from `0.125`.
        case percent
        /// Exactly `decimals` fraction digits.
        case fixed
        /// `Mar 5, 2024` from the text `2024-03-05`.
        case date
    }

    public var style: Style
    /// Fraction digits; `nil` picks a sensible number.
    public var decimals: Int?
    /// ISO 4217 code for `.currency` (default `USD`).
    public var currency: String?

    init(style: Style = .plain, decimals: Int? = nil, currency: String? = nil) {
        self.style = style
        self.decimals = decimals
        self.currency = currency
    }

    public static let plain = ValueFormat()
    static let compact = ValueFormat(style: .compact)
    static let percent = ValueFormat(style: .percent)
    static let date = ValueFormat(style: .date)
    static func currency(_ code: String = "USD", decimals: Int? = nil) -> ValueFormat {
        ValueFormat(style: .currency, decimals: decimals, currency: code)
    }
    static func fixed(_ decimals: Int) -> ValueFormat { ValueFormat(style: .fixed, decimals: decimals) }
}
