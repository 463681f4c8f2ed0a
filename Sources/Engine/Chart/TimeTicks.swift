/// Calendar-aware ticks for a time axis: the interval steps from hours to days, weeks, months,
/// quarters and years, and ticks fall on calendar boundaries (midnight, the 1st, 1 January).
struct TimeTicks {
    enum Unit { case hour, day, month, year }
    struct Interval {
        var unit: Unit
        var count: Int
        var approxSeconds: Double
    }

    static let ladder: [Interval] = [
        .init(unit: .hour, count: 1, approxSeconds: 3600), .init(unit: .hour, count: 3, approxSeconds: 10800),
        .init(unit: .hour, count: 6, approxSeconds: 21600), .init(unit: .hour, count: 12, approxSeconds: 43200),
        .init(unit: .day, count: 1, approxSeconds: 86400), .init(unit: .day, count: 2, approxSeconds: 172800),
        .init(unit: .day, count: 7, approxSeconds: 604800), .init(unit: .day, count: 14, approxSeconds: 1209600),
        .init(unit: .month, count: 1, approxSeconds: 2629800), .init(unit: .month, count: 3, approxSeconds: 7889400),
        .init(unit: .month, count: 6, approxSeconds: 15778800), .init(unit: .year, count: 1, approxSeconds: 31557600),
        .init(unit: .year, count: 2, approxSeconds: 63115200), .init(unit: .year, count: 5, approxSeconds: 157788000),
        .init(unit: .year, count: 10, approxSeconds: 315576000),
        .init(unit: .year, count: 25, approxSeconds: 788940000),
        .init(unit: .year, count: 50, approxSeconds: 1577880000),
        .init(unit: .year, count: 100, approxSeconds: 3155760000),
    ]

    var values: [Double]
    var labels: [String]

    /// Ticks inside `lo…hi` (seconds), at most about `maxCount` of them.
    init(lo: Double, hi: Double, maxCount: Int, quarterly: Bool = false, format: TimeLabelFormat? = nil) {
        let span = max(hi - lo, 1)
        let interval =
            TimeTicks.ladder.first { span / $0.approxSeconds <= Double(max(1, maxCount)) }
            ?? TimeTicks.ladder[
                TimeTicks.ladder.count - 1]
        var vals: [Double] = []
        var t = TimeTicks.floor(lo, interval)
        var guardCount = 0
        while t <= hi + 1e-6, guardCount < 2000 {
            if t >= lo - 1e-6 { vals.append(t) }
            t = TimeTicks.advance(t, interval)
            guardCount += 1
        }
        values = vals
        labels = vals.enumerated().map { i, v in
            if let format { return format.string(v) }
            if quarterly, interval.unit == .month, interval.count == 3 {
                let c = TimeValue.components(v)
                let q = "Q\((c.month - 1) / 3 + 1)"
                return i == 0 || c.month == 1 ? "\(q) \(c.year)" : q
            }
            return TimeTicks.label(v, interval.unit, count: interval.count, first: i == 0)
        }
    }

    /// The calendar boundary at or before `t` for `interval`.
    static func floor(_ t: Double, _ interval: Interval) -> Double {
        let c = TimeValue.components(t)
        switch interval.unit {
        case .hour:
            let h = c.hour - c.hour % interval.count
            return TimeValue.days(c.year, c.month, c.day) * 86400 + Double(h) * 3600
        case .day:
            if interval.count == 7 || interval.count == 14 {
                let d = TimeValue.days(c.year, c.month, c.day)
                let weekday = (Int(d) % 7 + 7 + 3) % 7
                return (d - Double(weekday)) * 86400
            }
            return TimeValue.days(c.year, c.month, c.day) * 86400
        case .month:
            let m0 = (c.month - 1) - (c.month - 1) % interval.count
            return TimeValue.days(c.year, m0 + 1, 1) * 86400
        case .year:
            let y = c.year - ((c.year % interval.count) + interval.count) % interval.count
            return TimeValue.days(y, 1, 1) * 86400
        }
    }

    static func advance(_ t: Double, _ interval: Interval) -> Double {
        switch interval.unit {
        case .hour: return t + Double(interval.count) * 3600
        case .day: return t + Double(interval.count) * 86400
        case .month:
            let c = TimeValue.components(t)
            let m = c.month - 1 + interval.count
            return TimeValue.days(c.year + m / 12, m % 12 + 1, 1) * 86400
        case .year:
            let c = TimeValue.components(t)
            return TimeValue.days(c.year + interval.count, 1, 1) * 86400
        }
    }

    static func label(_ t: Double, _ unit: Unit, count: Int, first: Bool) -> String {
        let c = TimeValue.components(t)
        let mon = DateText.monthAbbreviations[c.month - 1]
        switch unit {
        case .year: return String(c.year)
        case .month:
            return (first || c.month == 1) ? "\(mon) \(c.year)" : mon
        case .day: return first || (c.month == 1 && c.day <= count) ? "\(mon) \(c.day), \(c.year)" : "\(mon) \(c.day)"
        case .hour:
            let hh = c.hour < 10 ? "0\(c.hour)" : "\(c.hour)"
            return (first || c.hour < count) ? "\(mon) \(c.day) \(hh):00" : "\(hh):00"
        }
    }

    /// Readable, short labels for a run of bucket labels: the year is shown on the first label and
    /// when it changes (`Jan 2023`, `Feb`, … `Jan 2024`); labels that are not times stay as they are.
    static func compactLabels(_ raw: [String], format: TimeLabelFormat? = nil) -> [String] {
        if let format { return raw.map { format.string(label: $0) ?? $0 } }
        var lastYear: Int?
        return raw.map { r in
            guard let (t, grain) = TimeValue.parse(r) else { return r }
            let c = TimeValue.components(t)
            defer { lastYear = c.year }
            let showYear = lastYear != c.year
            let mon = DateText.monthAbbreviations[c.month - 1]
            switch grain {
            case .quarter: return showYear ? "Q\((c.month - 1) / 3 + 1) \(c.year)" : "Q\((c.month - 1) / 3 + 1)"
            case .month: return showYear ? "\(mon) \(c.year)" : mon
            case .day: return showYear ? "\(mon) \(c.day), \(c.year)" : "\(mon) \(c.day)"
            default: return bucketLabel(r)
            }
        }
    }

    /// A readable label for one bucket label (`2023-01` → `Jan 2023`, `2023-Q1` → `Q1 2023`).
    static func bucketLabel(_ raw: String, format: TimeLabelFormat? = nil) -> String {
        if let format { return format.string(label: raw) ?? raw }
        guard let (t, grain) = TimeValue.parse(raw) else { return raw }
        let c = TimeValue.components(t)
        let mon = DateText.monthAbbreviations[c.month - 1]
        switch grain {
        case .year: return String(c.year)
        case .quarter: return "Q\((c.month - 1) / 3 + 1) \(c.year)"
        case .month: return "\(mon) \(c.year)"
        case .week: return raw.count == 8 ? "W\(raw.suffix(2)) \(raw.prefix(4))" : raw
        case .day: return "\(mon) \(c.day), \(c.year)"
        default:
            let hh = c.hour < 10 ? "0\(c.hour)" : "\(c.hour)"
            let mm = c.minute < 10 ? "0\(c.minute)" : "\(c.minute)"
            return "\(mon) \(c.day) \(hh):\(mm)"
        }
    }
}
