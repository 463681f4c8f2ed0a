/// The ways of writing a date that type inference recognises. A column is a date (or datetime)
/// only when all its values parse in one of them.
///
/// | format | example | time allowed |
/// |---|---|---|
/// | `iso` | `2024-01-15`, `2024-01-15T10:30:00Z`, `2024-01-15 10:30`, `…+02:00` | `T` or space, offset |
/// | `ymdSlash` | `2024/01/15` | space |
/// | `monthDayYear` (US) | `01/15/2024`, `1/5/2024` | space |
/// | `dayMonthYear` (EU) | `15/01/2024` | space |
/// | `dotted` | `15.01.2024` | space |
/// | `monthNameDayYear` | `Jan 15, 2024`, `January 15 2024` | no |
/// | `dayMonthNameYear` | `15 Jan 2024`, `15-Jan-2024` | no |
///
/// Slash dates where every value has both numbers ≤ 12 are ambiguous; the US order wins
/// (it comes first in `allCases`). One value with a first number > 12 makes the column EU.
enum DateFormat: Int, CaseIterable, Sendable {
    case iso = 0, ymdSlash, monthDayYear, dayMonthYear, dotted, monthNameDayYear, dayMonthNameYear

    var bit: UInt16 { 1 << UInt16(rawValue) }

    /// Every format.
    static let all: UInt16 = allCases.reduce(0) { $0 | $1.bit }
}
