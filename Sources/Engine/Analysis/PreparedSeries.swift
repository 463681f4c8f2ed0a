/// An evenly spaced series with one date per value, ready for a `ForecastModel`.
struct PreparedSeries: Sendable, Equatable {
    /// The spacing of the values (`day`, `week`, `month`, `quarter`, `year`).
    var grain: TimeGrain
    /// `YYYY-MM-DD`, one per value, oldest first.
    var dates: [String]
    var values: [Double]
    /// Dates that had no rows; their values were filled by linear interpolation.
    var gaps: [String]
    /// Rows summed into a period that already had one (the x column repeated within a period).
    var mergedRows: Int
    /// Rows left out because x or y was empty.
    var droppedRows: Int
    let anchor: SeriesAnchor
    let lastPeriod: Int

    /// The seasonal period usually assumed for this spacing: 12 for months, 4 for quarters,
    /// 7 for days, 52 for weeks; nil for years.
    var defaultSeasonalPeriod: Int? {
        switch grain {
        case .month: return 12
        case .quarter: return 4
        case .day: return 7
        case .week: return 52
        case .year: return nil
        }
    }

    /// The `count` dates after the last one, continuing the series' spacing and placement.
    func nextDates(_ count: Int) -> [String] {
        (0..<max(0, count)).map { anchor.date(ofPeriod: lastPeriod + 1 + $0).iso }
    }

    /// The grain as an adjective for sentences ("monthly").
    var frequencyName: String {
        switch grain {
        case .day: return "daily"
        case .week: return "weekly"
        case .month: return "monthly"
        case .quarter: return "quarterly"
        case .year: return "yearly"
        }
    }

    /// The plural noun of one period ("months").
    var periodName: String { grain.rawValue + "s" }
}
