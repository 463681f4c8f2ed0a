import Foundation

/// A correlation coefficient with its two-sided p-value.
struct Correlation: Sendable, Equatable, Codable {
    let coefficient: Double
    let pValue: Double
    let n: Int

    /// Pearson's r = Sxy/√(Sxx·Syy); p-value from t = r√((n−2)/(1−r²)) with n − 2 degrees of
    /// freedom (as `scipy.stats.pearsonr`). Needs 3 or more pairs and neither side constant.
    static func pearson(_ x: [Double], _ y: [Double]) throws -> Correlation {
        guard x.count == y.count else {
            throw StatsError.lengthMismatch(method: "correlation", first: x.count, second: y.count)
        }
        try Check.series(x, minimum: 3, method: "correlation")
        try Check.series(y, minimum: 3, method: "correlation")
        try Check.notConstant(x, method: "correlation")
        try Check.notConstant(y, method: "correlation")
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxx += dx * dx
            syy += dy * dy
            sxy += dx * dy
        }
        let r = max(-1, min(1, sxy / (sxx * syy).squareRoot()))
        return Correlation(coefficient: r, pValue: pValue(r: r, n: x.count), n: x.count)
    }

    /// Spearman's ρ: Pearson's r of the ranks, ties given their average rank; p-value from the
    /// same t approximation (as `scipy.stats.spearmanr`).
    static func spearman(_ x: [Double], _ y: [Double]) throws -> Correlation {
        guard x.count == y.count else {
            throw StatsError.lengthMismatch(method: "correlation", first: x.count, second: y.count)
        }
        try Check.series(x, minimum: 3, method: "correlation")
        try Check.series(y, minimum: 3, method: "correlation")
        return try pearson(ranks(x), ranks(y))
    }

    /// Spearman's ρ of two columns over their pairwise-complete rows (both finite), from each
    /// column's `RankOrder`: the same figure as `spearman` of those rows' values.
    static func spearman(_ x: RankOrder, _ y: RankOrder, keeping keep: [Bool]) throws -> Correlation {
        try pearson(x.ranks(keeping: keep), y.ranks(keeping: keep))
    }

    /// Ranks 1…n, tied values sharing the average of their ranks.
    static func ranks(_ x: [Double]) -> [Double] {
        RankOrder(x).ranks(keeping: [Bool](repeating: true, count: x.count))
    }

    static func pValue(r: Double, n: Int) -> Double {
        let df = Double(n - 2)
        if abs(r) >= 1 { return 0 }
        let t = r * (df / (1 - r * r)).squareRoot()
        return StudentT(df: df).twoSidedPValue(t)
    }
}
