extension TimeGrain {
    /// The grain that suits a span of dates: year for spans over eight years, month over four
    /// months, week over three weeks, else day (month when either end is unknown).
    static func natural(from start: CivilDate?, to last: SQLValue) -> TimeGrain {
        guard let a = start, let b = last.string.flatMap(CivilDate.init(iso:)) else { return .month }
        let days = b.days - a.days
        return days > 2920 ? .year : (days > 120 ? .month : (days > 21 ? .week : .day))
    }
}
