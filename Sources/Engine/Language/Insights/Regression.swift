import Foundation

/// Ordinary least squares of values on their position (0, 1, 2 …) with the two-sided p-value
/// of the slope (Student's t with n − 2 degrees of freedom).
/// (Kept here until the Stats module's OLS is available; the insights call only this.)
struct Regression {
    var slope: Double
    var intercept: Double
    var pValue: Double
    var r2: Double

    init?(_ y: [Double]) {
        let n = Double(y.count)
        guard y.count >= 3 else { return nil }
        let mx = (n - 1) / 2, my = y.reduce(0, +) / n
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        for (i, v) in y.enumerated() {
            let dx = Double(i) - mx, dy = v - my
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
        }
        slope = sxy / sxx
        intercept = my - slope * mx
        let sse = max(0, syy - slope * sxy)
        r2 = syy == 0 ? 0 : 1 - sse / syy
        let df = n - 2
        let se = (sse / df / sxx).squareRoot()
        if se == 0 {
            pValue = slope == 0 ? 1 : 0
        } else {
            let t = abs(slope / se)
            pValue = Regression.incompleteBeta(df / (df + t * t), df / 2, 0.5)
        }
    }

    /// The regularised incomplete beta function I_x(a, b) (continued fraction).
    static func incompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let lg: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let lx: Double = a * log(x)
        let l1x: Double = b * log(1 - x)
        let lbeta: Double = lg + lx + l1x
        if x < (a + 1) / (a + b + 2) { return exp(lbeta) * fraction(x, a, b) / a }
        return 1 - exp(lbeta) * fraction(1 - x, b, a) / b
    }

    private static func fraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) < 3e-16 { break }
        }
        return h
    }
}
