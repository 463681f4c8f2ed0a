/// Turns (x, y) rows into a regular dated series: reads the x values as dates, detects their
/// natural grain, sums y within each period when x repeats, and fills missing periods by linear
/// interpolation (reported as gaps).
///
/// The grain is the one the labels themselves state (`2023-Q1`, `2023-01`, …); for full dates it
/// comes from the median gap between distinct dates: ≤ 1.5 days daily, ≤ 10 weekly, ≤ 50 monthly,
/// ≤ 135 quarterly, else yearly.
enum SeriesPreparation {
    /// The most periods a prepared series may span.
    static let maxPeriods = 100_000

    /// Prepares column `y` of `result` against dates in column `x`.
    /// `grain` forces the spacing (else it is detected); `aggregate` combines the rows of one
    /// period (sum by default).
    static func prepare(
        _ result: QueryResult, x: String, y: String, grain forced: TimeGrain? = nil, aggregate: Aggregate = .sum
    ) throws -> PreparedSeries {
        guard let xi = result.index(of: x) else { throw AnalysisError("there is no column named \"\(x)\"") }
        guard let yi = result.index(of: y) else { throw AnalysisError("there is no column named \"\(y)\"") }
        let yName = result.columns[yi].name, xName = result.columns[xi].name
        var observations: [(CivilDate, TimeGrain, Double)] = []
        var dropped = 0
        for row in result.rows {
            let xv = row[xi], yv = row[yi]
            if xv.isNull || yv.isNull { dropped += 1; continue }
            guard let value = yv.double, value.isFinite else {
                throw AnalysisError("column \"\(yName)\" must be numeric, but it holds \"\(yv.string ?? "")\"")
            }
            guard let parsed = date(of: xv) else {
                throw AnalysisError("column \"\(xName)\" must hold dates, but it holds \"\(xv.string ?? "")\"")
            }
            observations.append((parsed.date, parsed.grain, value))
        }
        guard !observations.isEmpty else { throw AnalysisError("column \"\(yName)\" has no values to forecast") }
        let grain = forced ?? detectGrain(observations.map { ($0.0, $0.1) })
        var groups: [Int: [Double]] = [:]
        for (d, _, v) in observations { groups[Period.index(of: d, grain: grain), default: []].append(v) }
        let sums = try groups.mapValues { try combine($0, aggregate) }
        let periods = sums.keys.sorted()
        guard let first = periods.first, let last = periods.last else { throw AnalysisError("no periods") }
        guard last - first < maxPeriods else {
            throw AnalysisError(
                "the dates in \"\(xName)\" span \(last - first + 1) \(grain.rawValue)s, more than \(maxPeriods)")
        }
        let anchor = SeriesAnchor(grain: grain, dates: observations.map(\.0))
        var values: [Double] = [], gaps: [String] = []
        var previous = (first, sums[first] ?? 0)
        var k = 0
        for p in first...last {
            if let v = sums[p] {
                values.append(v)
                previous = (p, v)
                k += 1
            } else {
                let next = k < periods.count ? periods[k] : p
                let nv = sums[next] ?? previous.1
                let w = Double(p - previous.0) / Double(next - previous.0)
                values.append(previous.1 + (nv - previous.1) * w)
                gaps.append(anchor.date(ofPeriod: p).iso)
            }
        }
        return PreparedSeries(
            grain: grain, dates: (first...last).map { anchor.date(ofPeriod: $0).iso }, values: values, gaps: gaps,
            mergedRows: observations.count - periods.count, droppedRows: dropped, anchor: anchor, lastPeriod: last)
    }

    /// The rows of one period combined by `aggregate`.
    static func combine(_ v: [Double], _ aggregate: Aggregate) throws -> Double {
        switch aggregate {
        case .sum: return v.reduce(0, +)
        case .avg: return v.reduce(0, +) / Double(v.count)
        case .min: return v.min() ?? 0
        case .max: return v.max() ?? 0
        case .count: return Double(v.count)
        case .median: return try Descriptive.median(v)
        default: throw AnalysisError("rows of one period cannot be combined with \(aggregate.rawValue)")
        }
    }

    static func date(of value: SQLValue) -> (date: CivilDate, grain: TimeGrain)? {
        if case .integer(let year) = value, (1000...9999).contains(year) {
            return (CivilDate(year: Int(year), month: 1, day: 1), .year)
        }
        guard case .text(let text) = value else { return nil }
        return CivilDate.parse(text)
    }

    /// The coarsest grain stated by labels, else the grain of the median gap between dates.
    static func detectGrain(_ dates: [(CivilDate, TimeGrain)]) -> TimeGrain {
        let stated = Set(dates.map(\.1))
        if !stated.contains(.day) {
            return TimeGrain.allCases.first { stated.contains($0) } ?? .day
        }
        let days = Set(dates.map(\.0.days)).sorted()
        guard days.count >= 2 else { return .day }
        let gaps = zip(days.dropFirst(), days).map { $0 - $1 }.sorted()
        let median =
            gaps.count % 2 == 1
            ? Double(gaps[gaps.count / 2]) : Double(gaps[gaps.count / 2 - 1] + gaps[gaps.count / 2]) / 2
        switch median {
        case ...1.5: return .day
        case ...10: return .week
        case ...50: return .month
        case ...135: return .quarter
        default: return .year
        }
    }
}
