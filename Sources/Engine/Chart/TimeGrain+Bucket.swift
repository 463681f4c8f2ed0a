extension TimeGrain {
    /// The bucket label (`2023`, `2023-Q1`, `2023-01`, `2023-W05`, `2023-01-15`) of a time label
    /// — the same labels the query compiler writes — or `nil` when `label` is not a time.
    func bucket(_ label: String) -> String? {
        guard let (t, _) = TimeValue.parse(label) else { return nil }
        let c = TimeValue.components(t)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        let y = String(c.year)
        switch self {
        case .year: return y
        case .quarter: return "\(y)-Q\((c.month - 1) / 3 + 1)"
        case .month: return "\(y)-\(two(c.month))"
        case .day: return "\(y)-\(two(c.month))-\(two(c.day))"
        case .week:
            let d = TimeValue.days(c.year, c.month, c.day)
            let weekday = (Int(d) % 7 + 7 + 3) % 7
            let thursday = d - Double(weekday) + 3
            let wy = TimeValue.components(thursday * 86400).year
            let week = Int((thursday - TimeValue.days(wy, 1, 1)) / 7) + 1
            return "\(wy)-W\(two(week))"
        }
    }
}
