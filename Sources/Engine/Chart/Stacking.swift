/// Stacked and 100 % stacked series: the bottom and top of each value per category.
struct Stacking {
    /// `[dataset][category]` → (base, top); `nil` where the value is missing.
    var spans: [[(Double, Double)?]]
    var lo: Double
    var hi: Double

    /// Positive values stack upwards from zero, negative ones downwards. With `normalized` each
    /// category's absolute total is scaled to 1.
    init(_ series: [[Double?]], count: Int, normalized: Bool) {
        var pos = [Double](repeating: 0, count: count)
        var neg = [Double](repeating: 0, count: count)
        var totals = [Double](repeating: 0, count: count)
        if normalized {
            for s in series { for (i, v) in s.enumerated() where i < count { totals[i] += abs(v ?? 0) } }
        }
        var out: [[(Double, Double)?]] = []
        var lo = 0.0, hi = 0.0
        for s in series {
            var row: [(Double, Double)?] = []
            row.reserveCapacity(count)
            for i in 0..<count {
                guard i < s.count, var v = s[i] else { row.append(nil); continue }
                if normalized { v = totals[i] > 0 ? v / totals[i] : 0 }
                if v >= 0 {
                    row.append((pos[i], pos[i] + v))
                    pos[i] += v
                    hi = max(hi, pos[i])
                } else {
                    row.append((neg[i], neg[i] + v))
                    neg[i] += v
                    lo = min(lo, neg[i])
                }
            }
            out.append(row)
        }
        spans = out
        self.lo = lo
        self.hi = normalized && hi > 0 ? min(max(hi, 1), 1) : hi
        if normalized && lo < 0 { self.lo = max(lo, -1) }
    }
}
