import Foundation

/// One-way analysis of variance of a numeric response across the levels of a factor.
///
/// SSB = Σ n_g(ȳ_g − ȳ)², SSW = Σ Σ (y − ȳ_g)², η² = SSB/(SSB + SSW),
/// F = (SSB/(k − 1)) / (SSW/(N − k)), p = P(F_{k−1, N−k} > F) (as `scipy.stats.f_oneway`).
struct OneWayANOVA: Sendable, Equatable, Codable {
    let etaSquared: Double
    let f: Double
    let pValue: Double
    let groups: Int
    let n: Int

    /// `values[i]` belongs to group `groups[i]`; needs 2 or more groups and N > k.
    init<Label: Hashable>(values: [Double], groups labels: [Label]) throws {
        guard values.count == labels.count else {
            throw StatsError.lengthMismatch(method: "ANOVA", first: values.count, second: labels.count)
        }
        try Check.series(values, minimum: 3, method: "ANOVA")
        var sums: [Label: (Double, Int)] = [:]
        // The groups in order of first appearance: summing in the dictionary's order would change
        // the last digits of SSB from one run to the next (a per-process hash seed).
        var order: [Label] = []
        for (v, g) in zip(values, labels) {
            if sums[g] == nil { order.append(g) }
            sums[g, default: (0, 0)].0 += v
            sums[g, default: (0, 0)].1 += 1
        }
        let k = sums.count
        guard k >= 2 else {
            throw StatsError.invalidParameter(name: "groups", reason: "ANOVA needs at least 2 groups, got \(k)")
        }
        guard values.count > k else { throw StatsError.tooShort(method: "ANOVA", needed: k + 1, got: values.count) }
        let grand = values.reduce(0, +) / Double(values.count)
        var ssb = 0.0, ssw = 0.0
        for g in order {
            let (s, c) = sums[g]!
            let m = s / Double(c)
            ssb += Double(c) * (m - grand) * (m - grand)
        }
        for (v, g) in zip(values, labels) { let (s, c) = sums[g]!; let d = v - s / Double(c); ssw += d * d }
        let total = ssb + ssw
        guard total > 0 else { throw StatsError.constantSeries(method: "ANOVA") }
        etaSquared = ssb / total
        let df1 = Double(k - 1), df2 = Double(values.count - k)
        f = ssw > 0 ? (ssb / df1) / (ssw / df2) : .infinity
        pValue = ssw > 0 ? FDistribution(d1: df1, d2: df2).survival(f) : 0
        groups = k
        n = values.count
    }
}
