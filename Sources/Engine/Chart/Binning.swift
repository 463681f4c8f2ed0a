import Foundation

/// Automatic histogram bins: Freedman–Diaconis width (2·IQR·n^(-1/3)), Sturges
/// (⌈log₂ n⌉ + 1 bins) when the IQR is zero, snapped to a nice width.
struct Binning: Equatable {
    var start: Double
    var width: Double
    var counts: [Int]

    init(_ values: [Double], bins requested: Int? = nil) {
        let v = values.filter(\.isFinite).sorted()
        guard let lo = v.first, let hi = v.last else {
            start = 0; width = 1; counts = []
            return
        }
        if hi == lo || !(hi - lo).isFinite {
            start = lo - 0.5; width = 1; counts = [v.count]
            return
        }
        let n = Double(v.count)
        var raw: Double
        if let requested, requested > 0 {
            raw = (hi - lo) / Double(min(requested, 500))
        } else {
            let iqr = Binning.quantile(v, 0.75) - Binning.quantile(v, 0.25)
            raw = iqr > 0 ? 2 * iqr / cbrt(n) : (hi - lo) / (log2(n).rounded(.up) + 1)
            raw = max(raw, (hi - lo) / 100)
        }
        let w = NiceTicks.niceStep(raw)
        let s = (lo / w).rounded(.down) * w
        let count = max(1, Int(((hi - s) / w).rounded(.down)) + 1)
        var c = [Int](repeating: 0, count: count)
        for x in v { c[min(count - 1, max(0, Int((x - s) / w)))] += 1 }
        start = s; width = w; counts = c
    }

    /// Linear-interpolated quantile of sorted values (type 7).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let h = Double(sorted.count - 1) * q
        let i = Int(h.rounded(.down))
        let j = min(i + 1, sorted.count - 1)
        return sorted[i] + (h - Double(i)) * (sorted[j] - sorted[i])
    }
}
