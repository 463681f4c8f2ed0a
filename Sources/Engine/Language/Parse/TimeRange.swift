/// A date range asked for in a question: `[start, end)`, either side open.
struct TimeRange: Sendable, Hashable {
    var start: CivilDate?
    var end: CivilDate?
    /// How the question said it, restated ("2014", "2014-03 to 2014-06", "last 3 months").
    var text: String
    /// For "from 2001 to 2017": the grain of the two named periods (growth compares them).
    var endpoints: TimeGrain? = nil
}

/// A calendar period named in a question: a year, a quarter, a month or a day.
struct DateSpan: Sendable, Hashable {
    var start: CivilDate
    var end: CivilDate
    var label: String
    /// A month or quarter written without its year ("March").
    var missingYear: Bool = false

    static func year(_ y: Int) -> DateSpan {
        DateSpan(
            start: CivilDate(year: y, month: 1, day: 1), end: CivilDate(year: y + 1, month: 1, day: 1), label: "\(y)")
    }

    static func month(_ m: Int, of y: Int, missingYear: Bool = false) -> DateSpan {
        let s = CivilDate(year: y, month: m, day: 1)
        return DateSpan(start: s, end: s.addingMonths(1), label: String(s.iso.prefix(7)), missingYear: missingYear)
    }

    static func quarter(_ q: Int, of y: Int, missingYear: Bool = false) -> DateSpan {
        let s = CivilDate(year: y, month: 3 * (q - 1) + 1, day: 1)
        return DateSpan(start: s, end: s.addingMonths(3), label: "\(y)-Q\(q)", missingYear: missingYear)
    }

    static func day(_ d: CivilDate) -> DateSpan { DateSpan(start: d, end: d.adding(days: 1), label: d.iso) }

    /// The same month/quarter in another year.
    func inYear(_ y: Int) -> DateSpan {
        let months = (end.year * 12 + end.month) - (start.year * 12 + start.month)
        if months == 3 { return .quarter((start.month - 1) / 3 + 1, of: y) }
        return .month(start.month, of: y)
    }
}
