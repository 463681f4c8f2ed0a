/// How numbers are shown on axes, labels and tooltips.
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
    }

    public var style: Style
    /// Fraction digits; `nil` picks a sensible number.
    public var decimals: Int?
    /// ISO 4217 code for `.currency` (default `USD`).
    public var currency: String?

    public init(style: Style = .plain, decimals: Int? = nil, currency: String? = nil) {
        self.style = style
        self.decimals = decimals
        self.currency = currency
    }

    public static let plain = ValueFormat()
    public static let compact = ValueFormat(style: .compact)
    public static let percent = ValueFormat(style: .percent)
    public static func currency(_ code: String = "USD", decimals: Int? = nil) -> ValueFormat {
        ValueFormat(style: .currency, decimals: decimals, currency: code)
    }
    public static func fixed(_ decimals: Int) -> ValueFormat { ValueFormat(style: .fixed, decimals: decimals) }
}
