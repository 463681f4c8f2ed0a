/// Where dates sit inside their period (e.g. "the last day of each month", "every 15th",
/// "Mondays"), learned from the observed dates so that generated dates continue the pattern.
struct SeriesAnchor: Sendable, Equatable {
    enum Day: Sendable, Equatable { case start, fixed(Int), monthEnd }
    var grain: TimeGrain
    /// Month within the quarter or year (0-based); weekday (0 = Monday) for weeks.
    var offset: Int
    var day: Day

    /// The common placement of `dates`, or the period start when they disagree.
    init(grain: TimeGrain, dates: [CivilDate]) {
        self.grain = grain
        let offsets = dates.map { Period.offset(of: $0, grain: grain) }
        let months = Set(offsets.map(\.month)), days = Set(offsets.map(\.day))
        switch grain {
        case .day:
            offset = 0
            day = .start
        case .week:
            offset = days.count == 1 ? days.first ?? 0 : 0
            day = .start
        case .month, .quarter, .year:
            offset = months.count == 1 ? months.first ?? 0 : 0
            if months.count > 1 {
                day = .start
            } else if days.count == 1, let d = days.first {
                day = d == 1 ? .start : .fixed(d)
            } else if !dates.isEmpty, dates.allSatisfy(\.isMonthEnd) {
                day = .monthEnd
            } else {
                day = .start
            }
        }
    }

    /// The date standing for period number `index`.
    func date(ofPeriod index: Int) -> CivilDate {
        let (year, month): (Int, Int)
        switch grain {
        case .day: return CivilDate(days: index)
        case .week: return CivilDate(days: index * 7 - 3 + offset)
        case .month: (year, month) = (Period.floorDiv(index, 12), Period.mod(index, 12) + 1)
        case .quarter: (year, month) = (Period.floorDiv(index, 4), Period.mod(index, 4) * 3 + 1 + offset)
        case .year: (year, month) = (index, 1 + offset)
        }
        let last = CivilDate.daysIn(year: year, month: month)
        switch day {
        case .start: return CivilDate(year: year, month: month, day: 1)
        case .fixed(let d): return CivilDate(year: year, month: month, day: min(d, last))
        case .monthEnd: return CivilDate(year: year, month: month, day: last)
        }
    }
}
