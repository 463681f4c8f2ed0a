/// Finds date phrases ("in 2008", "from March to June 2014", "since 2012-06", "last 3 months")
/// among the items, removes them, and returns the range they name. Relative phrases count from
/// the data's own first or last date.
struct DatePhrases {
    let first: CivilDate?
    let last: CivilDate?
    /// Whether bare years (1800–2100) may be read as dates.
    let yearsAreDates: Bool
    /// Columns a number right after them compares with (numeric, not years).
    var numericColumns: Set<Int> = []
    /// The span of a year-number column, so years before 1800 read as dates there too.
    var years: ClosedRange<Int> = 1800...2100

    func extract(_ items: inout [TaggedItem]) -> TimeRange? {
        var range: TimeRange?
        var i = 0
        while i < items.count {
            if let (r, n) = phrase(items, at: i) {
                var lo = i
                if lo > 0, case .keyword(let k) = items[lo - 1].item, k == .during || k == .from { lo -= 1 }
                items.removeSubrange(lo..<i + n)
                range = range.map { merge($0, r) } ?? r
                i = lo
            } else {
                i += 1
            }
        }
        return range
    }

    private func merge(_ a: TimeRange, _ b: TimeRange) -> TimeRange {
        TimeRange(
            start: [a.start, b.start].compactMap { $0 }.max(), end: [a.end, b.end].compactMap { $0 }.min(),
            text: a.text + ", " + b.text)
    }

    private func keyword(_ items: [TaggedItem], _ i: Int) -> Keyword? {
        guard i >= 0, i < items.count, case .keyword(let k) = items[i].item else { return nil }
        return k
    }

    /// Whether the item before `i` makes a number a measure value rather than a year.
    private func numericContext(_ items: [TaggedItem], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        switch items[i - 1].item {
        case .keyword(.compare), .keyword(.top), .keyword(.bottom), .keyword(.between), .keyword(.last),
            .keyword(.first):
            return true
        case .column(let f):
            return numericColumns.contains(f)
        default: return false
        }
    }

    private func phrase(_ items: [TaggedItem], at i: Int) -> (TimeRange, Int)? {
        switch keyword(items, i) {
        case .last?, .first?:
            return relative(items, at: i)
        case .between?, .from?:
            if let (a, n) = point(items, at: i + 1), [.and, .to].contains(keyword(items, i + 1 + n)),
                let (b, m) = point(items, at: i + 2 + n)
            {
                return (span(a, b), 2 + n + m)
            }
            if keyword(items, i) == .from, let (a, n) = point(items, at: i + 1) {
                return (TimeRange(start: a.start, end: nil, text: "from \(a.label)"), 1 + n)
            }
            return nil
        case .since?, .after?:
            guard let (a, n) = point(items, at: i + 1) else { return nil }
            let since = keyword(items, i) == .since
            return (
                TimeRange(start: since ? a.start : a.end, end: nil, text: "\(since ? "since" : "after") \(a.label)"),
                1 + n
            )
        case .before?:
            guard let (a, n) = point(items, at: i + 1) else { return nil }
            return (TimeRange(start: nil, end: a.start, text: "before \(a.label)"), 1 + n)
        default:
            if numericContext(items, i) { return nil }
            guard let (a, n) = point(items, at: i) else { return nil }
            if [.to, .and].contains(keyword(items, i + n)), let (b, m) = point(items, at: i + n + 1) {
                return (span(a, b), n + 1 + m)
            }
            return (TimeRange(start: a.start, end: a.end, text: a.label), n)
        }
    }

    private func span(_ a0: DateSpan, _ b0: DateSpan) -> TimeRange {
        var a = a0, b = b0
        if a.missingYear && !b.missingYear {
            a = a.inYear(a.start.month > b.start.month ? b.start.year - 1 : b.start.year)
        }
        if b.missingYear && !a.missingYear {
            b = b.inYear(b.start.month < a.start.month ? a.start.year + 1 : a.start.year)
        }
        let months = (a.end.year * 12 + a.end.month) - (a.start.year * 12 + a.start.month)
        let grain: TimeGrain = months == 12 ? .year : (months == 3 ? .quarter : (months == 1 ? .month : .day))
        return TimeRange(start: a.start, end: b.end, text: "\(a.label) to \(b.label)", endpoints: grain)
    }

    /// A period starting at item `i`, and how many items it takes.
    private func point(_ items: [TaggedItem], at i: Int) -> (DateSpan, Int)? {
        guard i < items.count else { return nil }
        func year(at j: Int) -> Int? {
            guard j < items.count, case .number(let d) = items[j].item, d == d.rounded(),
                (d >= 1800 && d <= 2100) || (d >= 1000 && d <= 2999 && years.contains(Int(d)))
            else {
                return nil
            }
            return Int(d)
        }
        switch items[i].item {
        case .number:
            guard yearsAreDates, let y = year(at: i) else { return nil }
            if case .keyword(.quarterName(let q))? = items[safe: i + 1]?.item { return (.quarter(q, of: y), 2) }
            return (.year(y), 1)
        case .date(let s):
            guard let d = CivilDate(iso: s) else { return nil }
            return s.count <= 7 ? (.month(d.month, of: d.year), 1) : (.day(d), 1)
        case .keyword(.month(let m)):
            if let y = year(at: i + 1) { return (.month(m, of: y), 2) }
            return (.month(m, of: defaultYear(month: m), missingYear: true), 1)
        case .keyword(.season(let m)):
            // Meteorological seasons; winter Y is December Y-1 to February Y.
            guard let y = year(at: i + 1) ?? last?.year else { return nil }
            let start = CivilDate(year: m == 12 ? y - 1 : y, month: m, day: 1)
            let names = [12: "winter", 3: "spring", 6: "summer", 9: "fall"]
            return (
                DateSpan(start: start, end: start.addingMonths(3), label: "\(names[m] ?? "season") \(y)"),
                year(at: i + 1) == nil ? 1 : 2
            )
        case .keyword(.quarterName(let q)):
            if let y = year(at: i + 1) { return (.quarter(q, of: y), 2) }
            return (.quarter(q, of: defaultYear(month: 3 * q - 2), missingYear: true), 1)
        default:
            return nil
        }
    }

    /// The latest year of the data that contains `month`.
    private func defaultYear(month: Int) -> Int {
        guard let last else { return 2000 }
        return month <= last.month ? last.year : last.year - 1
    }

    private func relative(_ items: [TaggedItem], at i: Int) -> (TimeRange, Int)? {
        let isLast = keyword(items, i) == .last
        var j = i + 1
        var n = 1
        if case .number(let d)? = items[safe: j]?.item, d >= 1, d <= 10_000, d == d.rounded() {
            n = Int(d)
            j += 1
        }
        guard case .keyword(.grain(let g))? = items[safe: j]?.item, let anchor = isLast ? last : first else {
            return nil
        }
        let word = "\(isLast ? "last" : "first") \(n) \(g.rawValue)\(n == 1 ? "" : "s")"
        let (a, b): (CivilDate, CivilDate)
        switch g {
        case .day:
            (a, b) = isLast ? (anchor.adding(days: 1 - n), anchor.adding(days: 1)) : (anchor, anchor.adding(days: n))
        case .week:
            (a, b) =
                isLast ? (anchor.adding(days: 1 - 7 * n), anchor.adding(days: 1)) : (anchor, anchor.adding(days: 7 * n))
        case .month, .quarter, .year:
            let months = g == .month ? n : (g == .quarter ? 3 * n : 12 * n)
            let base: CivilDate
            switch g {
            case .year: base = CivilDate(year: anchor.year, month: 1, day: 1)
            case .quarter: base = CivilDate(year: anchor.year, month: (anchor.month - 1) / 3 * 3 + 1, day: 1)
            default: base = anchor.startOfMonth
            }
            let unit = g == .month ? 1 : (g == .quarter ? 3 : 12)
            (a, b) =
                isLast ? (base.addingMonths(unit - months), base.addingMonths(unit)) : (base, base.addingMonths(months))
        }
        return (TimeRange(start: a, end: b, text: "\(word) of data (\(a.iso) to \(b.adding(days: -1).iso))"), j + 1 - i)
    }
}
