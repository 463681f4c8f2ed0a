/// SVG path data for lines and areas, broken at gaps and downsampled with LTTB beyond
/// `threshold` points.
enum LinePath {
    /// Runs of consecutive present values.
    static func runs(_ ys: [Double?]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        for i in 0...ys.count {
            let present = i < ys.count && ys[i] != nil
            if present, start == nil { start = i }
            if !present, let s = start {
                out.append(s..<i)
                start = nil
            }
        }
        return out
    }

    /// A polyline through `(xs[i], ys[i])`; `isolated` lists single points between gaps (they need
    /// a dot to be visible).
    static func line(xs: [Double], ys: [Double?], threshold: Int) -> (d: String, isolated: Set<Int>) {
        let rs = runs(ys)
        let total = rs.reduce(0) { $0 + $1.count }
        var d = ""
        d.reserveCapacity(min(total, threshold) * 14)
        var isolated = Set<Int>()
        for r in rs {
            if r.count == 1 { isolated.insert(r.lowerBound) }
            var idx = Array(r)
            if total > threshold, r.count > 3 {
                let t = max(3, r.count * threshold / max(total, 1))
                let rx = idx.map { xs[$0] }, ry = idx.map { ys[$0] ?? 0 }
                idx = LTTB.indices(xs: rx, ys: ry, threshold: t).map { idx[$0] }
            }
            for (k, i) in idx.enumerated() {
                d += (k == 0 ? "M" : "L") + fmt(xs[i]) + " " + fmt(ys[i] ?? 0)
            }
        }
        return (d, isolated)
    }

    /// Closed shapes between each run's bottoms and tops.
    static func area(xs: [Double], spans: [(Double, Double)?], y: (Double) -> Double, threshold: Int) -> String {
        let tops = spans.map { $0.map { $0.1 } }
        var d = ""
        for r in runs(tops) {
            var idx = Array(r)
            if r.count > threshold, threshold >= 3 {
                idx = LTTB.indices(xs: idx.map { xs[$0] }, ys: idx.map { tops[$0] ?? 0 }, threshold: threshold).map {
                    idx[$0]
                }
            }
            for (k, i) in idx.enumerated() { d += (k == 0 ? "M" : "L") + fmt(xs[i]) + " " + fmt(y(spans[i]?.1 ?? 0)) }
            for i in idx.reversed() { d += "L" + fmt(xs[i]) + " " + fmt(y(spans[i]?.0 ?? 0)) }
            d += "Z"
        }
        return d
    }
}
