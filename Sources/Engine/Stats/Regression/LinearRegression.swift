import Foundation

/// Ordinary least squares fit of y = a + b·x.
///
/// b = Sxy/Sxx, a = ȳ − b·x̄, R² = 1 − SSE/SST, s² = SSE/(n − 2), se(b) = s/√Sxx,
/// t = b/se(b) with n − 2 degrees of freedom, two-sided p-value from Student's t
/// (as `scipy.stats.linregress`).
struct LinearRegression: Sendable, Equatable, Codable {
    let slope: Double
    let intercept: Double
    let rSquared: Double
    /// Two-sided p-value of H0: slope = 0.
    let slopePValue: Double
    let slopeStandardError: Double
    /// Residual standard error s = √(SSE/(n − 2)).
    let residualStandardError: Double
    let n: Int
    /// Mean of x and Σ(x − x̄)², kept for prediction intervals.
    let xMean: Double
    let sxx: Double

    /// Fits y on x; needs 3 or more points and a non-constant x.
    init(x: [Double], y: [Double]) throws {
        guard x.count == y.count else {
            throw StatsError.lengthMismatch(method: "linear regression", first: x.count, second: y.count)
        }
        try Check.series(x, minimum: 3, method: "linear regression")
        try Check.series(y, minimum: 3, method: "linear regression")
        try Check.notConstant(x, method: "linear regression (x)")
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
        }
        let b = sxy / sxx
        let sse = max(0, syy - b * sxy)
        let s2 = sse / (n - 2)
        let se = (s2 / sxx).squareRoot()
        slope = b
        intercept = my - b * mx
        rSquared = syy > 0 ? 1 - sse / syy : 1
        slopeStandardError = se
        residualStandardError = s2.squareRoot()
        slopePValue = se > 0 ? StudentT(df: n - 2).twoSidedPValue(b / se) : 0
        self.n = x.count
        xMean = mx
        self.sxx = sxx
    }

    /// Fits y on its index 0, 1, …, n − 1.
    init(series y: [Double]) throws {
        try self.init(x: y.indices.map(Double.init), y: y)
    }

    /// The fitted value a + b·x.
    func predict(_ x: Double) -> Double { intercept + slope * x }
}
