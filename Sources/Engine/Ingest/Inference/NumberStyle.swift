/// How the numbers of one column are written. A column is numeric only when all its values
/// parse in one style.
///
/// - `plain`: `1234.5`, `-3`, `+7`, `1.5e3`, `.5`
/// - `commaGrouped`: thousands grouped by commas, decimal point: `1,234,567.5` (groups of three)
/// - `dotGroupedDecimalComma`: European: `1.234.567,5`, `0,75`
///
/// In every style a number may not start with a zero followed by more digits (`00123` is a
/// code, kept as a string), and currency symbols, percent signs and units make a value a string.
enum NumberStyle: Int, CaseIterable, Sendable {
    case plain = 0, commaGrouped, dotGroupedDecimalComma

    var bit: UInt8 { 1 << UInt8(rawValue) }

    /// The styles in the order that decides between several that fit a whole column: a column of
    /// `1,234` values is comma-grouped thousands, except in a `;`-delimited file, where the comma
    /// is far more likely a decimal comma.
    static func preference(delimiter: UInt8) -> [NumberStyle] {
        delimiter == UInt8(ascii: ";")
            ? [.plain, .dotGroupedDecimalComma, .commaGrouped] : [.plain, .commaGrouped, .dotGroupedDecimalComma]
    }

    var groupSeparator: UInt8? {
        switch self {
        case .plain: return nil
        case .commaGrouped: return UInt8(ascii: ",")
        case .dotGroupedDecimalComma: return UInt8(ascii: ".")
        }
    }

    var decimalSeparator: UInt8 { self == .dotGroupedDecimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".") }
}
