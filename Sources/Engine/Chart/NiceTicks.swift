import Foundation

/// "Nice" axis ticks: steps of 1, 2, 2.5 or 5 × 10ⁿ, a domain that starts and ends on a tick,
/// zero kept in view for bars, correct for zero-crossing and all-negative data.
struct NiceTicks: Equatable {
    var values: [Double]
    var step: Double
    var lower: Double { values.first ?? 0 }
    var upper: Double { values.last ?? 1 }

    /// Ticks covering `min…max` with about `count` intervals. `includeZero` extends the domain
    /// to zero (bars and areas must start at zero).
    init(min lo: Double, max hi: Double, count: Int = 5, includeZero: Bool = false) {
        var a = lo.isFinite ? lo : 0
        var b = hi.isFinite ? hi : 1
        if a > b { swap(&a, &b) }
        if !(b - a).isFinite { a /= 4; b /= 4 }  // keeps the span finite for extreme values
        if includeZero { a = Swift.min(a, 0); b = Swift.max(b, 0) }
        if a == b {
            let pad = a == 0 ? 1 : abs(a) * 0.1
            if includeZero && a == 0 {
                b = 1
            } else if includeZero && a > 0 {
                b = a + pad
            } else if includeZero {
                a = b - pad
            } else {
                a -= pad; b += pad
            }
        }
        let step = NiceTicks.niceStep((b - a) / Double(Swift.max(1, count)))
        let first = (a / step + 1e-9).rounded(.down) * step
        let last = (b / step - 1e-9).rounded(.up) * step
        var vals: [Double] = []
        var v = first
        var i = 0
        while v <= last + step * 1e-6, i < 1000 {
            vals.append(abs(v) < step * 1e-9 ? 0 : v)
            i += 1
            v = first + Double(i) * step
        }
        values = vals
        self.step = step
    }

    /// Ticks with exactly `intervals` steps covering `min…max` (a secondary axis aligned with the
    /// primary one's gridlines).
    init(min lo: Double, max hi: Double, intervals: Int, includeZero: Bool) {
        var a = lo.isFinite ? lo : 0, b = hi.isFinite ? hi : 1
        if includeZero { a = Swift.min(a, 0); b = Swift.max(b, 0) }
        if a == b { b = a + 1 }
        let k = Double(Swift.max(1, intervals))
        var step = NiceTicks.niceStep((b - a) / k)
        var first = (a / step + 1e-9).rounded(.down) * step
        var tries = 0
        while first + k * step < b - step * 1e-9, tries < 20 {
            step = NiceTicks.niceStep(step * 1.01)
            first = (a / step + 1e-9).rounded(.down) * step
            tries += 1
        }
        values = (0...Int(k)).map {
            let v = first + Double($0) * step; return abs(v) < step * 1e-9 ? 0 : v
        }
        self.step = step
    }

    /// The nice step at or above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let mag = pow(10, floor(log10(raw)))
        let f = raw / mag
        let nice: Double = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10
        return nice * mag
    }
}
