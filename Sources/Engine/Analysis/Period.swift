/// Integer period numbers for each grain: consecutive periods differ by one, so gaps are missing
/// integers and the next dates are `last + k`.
enum Period {
    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func mod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    /// Weeks since the Monday 1969-12-29 (1970-01-01 was a Thursday).
    static func weekIndex(ofDay days: Int) -> Int { floorDiv(days + 3, 7) }

    /// The period number of `date` at `grain`.
    static func index(of date: CivilDate, grain: TimeGrain) -> Int {
        switch grain {
        case .day: return date.days
        case .week: return weekIndex(ofDay: date.days)
        case .month: return date.year * 12 + date.month - 1
        case .quarter: return date.year * 4 + (date.month - 1) / 3
        case .year: return date.year
        }
    }

    /// Where in its period a date falls: weekday (week), month within the quarter or year, day of
    /// month. Used to place new dates the way the series places its own.
    static func offset(of date: CivilDate, grain: TimeGrain) -> (month: Int, day: Int) {
        switch grain {
        case .day: return (0, 0)
        case .week: return (0, mod(date.days + 3, 7))
        case .month: return (0, date.day)
        case .quarter: return ((date.month - 1) % 3, date.day)
        case .year: return (date.month - 1, date.day)
        }
    }
}
