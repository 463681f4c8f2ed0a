import Foundation

/// How strongly a series varies with the month or quarter of its dates.
///
/// The series is first detrended by OLS on its time order (so growth is not mistaken for
/// season); strength is η² of the residuals grouped by season, with the one-way ANOVA F-test
/// p-value; `profile` gives the mean residual of each season present (1…12 or 1…4).
struct Seasonality: Sendable, Equatable, Codable {
    /// The calendar grouping.
    public enum Period: String, Sendable, Codable { case month, quarter }

    let period: Period
    let strength: Double
    let pValue: Double
    let profile: [Int: Double]

    /// Seasonality of `values` observed at `dates` (any order; UTC calendar).
    init(dates: [Date], values: [Double], period: Period) throws {
        guard dates.count == values.count else {
            throw StatsError.lengthMismatch(method: "seasonality", first: dates.count, second: values.count)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let order = dates.indices.sorted { dates[$0] < dates[$1] }
        let y = order.map { values[$0] }
        let seasons = order.map { i -> Int in
            let m = calendar.component(.month, from: dates[i])
            return period == .month ? m : (m - 1) / 3 + 1
        }
        try self.init(values: y, seasons: seasons, period: period)
    }

    /// Seasonality of time-ordered `values` whose season labels are given.
    init(values: [Double], seasons: [Int], period: Period) throws {
        try Check.series(values, minimum: 4, method: "seasonality")
        try Check.notConstant(values, method: "seasonality")
        let fit = try LinearRegression(series: values)
        let residuals = values.indices.map { values[$0] - fit.predict(Double($0)) }
        let anova = try OneWayANOVA(values: residuals, groups: seasons)
        var sums: [Int: (Double, Int)] = [:]
        for (r, s) in zip(residuals, seasons) { sums[s, default: (0, 0)].0 += r; sums[s, default: (0, 0)].1 += 1 }
        self.period = period
        strength = anova.etaSquared
        pValue = anova.pValue
        profile = sums.mapValues { $0.0 / Double($0.1) }
    }
}
