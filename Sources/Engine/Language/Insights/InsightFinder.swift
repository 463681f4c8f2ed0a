import Foundation

/// Computes insights from an answer's first series: trend (slope, significance), growth
/// first → last, peak and trough, concentration, outliers and the largest change. Numbers are
/// written by `StatText.number`, p-values by `StatText.p`, percentages by `ValueFormat.percent`.
struct InsightFinder {
    let plan: Plan

    func insights(for chart: ChartData) -> [Insight] {
        guard chart.type != .kpi, chart.type != .scatter, let series = chart.data.datasets.first else { return [] }
        let pairs = zip(chart.data.labels, series.numbers).compactMap { l, v in v.map { (l, $0) } }
        guard pairs.count >= 2 else { return [] }
        let name = series.label.lowercased()
        var out: [Insight] = []
        if plan.timeAxis {
            out += trend(pairs, name)
        }
        out += extremes(pairs, name)
        let additive = [.sum, .count].contains(plan.query.measures.first?.aggregate) && plan.post == .none
        if !plan.timeAxis && additive { out += concentration(pairs, name) }
        out += outliers(pairs, name)
        return out
    }

    private func trend(_ p: [(String, Double)], _ name: String) -> [Insight] {
        var out: [Insight] = []
        let ys = p.map(\.1)
        if let r = try? LinearRegression(series: ys) {
            let significant = r.slopePValue < 0.05
            let direction = r.slope > 0 ? "upward" : (r.slope < 0 ? "downward" : "flat")
            let text =
                significant
                ? "\(name.capitalizedFirst) shows a significant \(direction) trend of \(StatText.number(r.slope)) per period (\(StatText.p(r.slopePValue)))."
                : "\(name.capitalizedFirst) shows no significant trend (slope \(StatText.number(r.slope)) per period, \(StatText.p(r.slopePValue)))."
            out.append(
                Insight(
                    kind: "trend", text: text,
                    values: [("slope", r.slope), ("p_value", r.slopePValue), ("r2", r.rSquared)],
                    confidence: 1 - r.slopePValue))
        }
        let (f, l) = (p[0], p[p.count - 1])
        let perPeriod = (l.1 - f.1) / Double(p.count - 1)
        var values: [(String, Double)] = [("first", f.1), ("last", l.1), ("average_change", perPeriod)]
        var text = "From \(f.0) to \(l.0), \(name) went from \(StatText.number(f.1)) to \(StatText.number(l.1))"
        if f.1 != 0 {
            let pct = 100 * (l.1 - f.1) / abs(f.1)
            values.append(("change_percent", pct))
            text += " (\(pct >= 0 ? "+" : "")\(ValueFormat.percent.string(pct / 100)))"
        }
        out.append(
            Insight(
                kind: "growth", text: text + ", \(StatText.number(perPeriod)) per period on average.", values: values,
                confidence: 1
            ))
        if p.count >= 3 {
            var best = 1
            for i in 2..<p.count where abs(p[i].1 - p[i - 1].1) > abs(p[best].1 - p[best - 1].1) { best = i }
            let d = p[best].1 - p[best - 1].1
            out.append(
                Insight(
                    kind: "change",
                    text:
                        "The largest change was from \(p[best - 1].0) to \(p[best].0): \(d >= 0 ? "+" : "")\(StatText.number(d)).",
                    values: [("change", d)], confidence: 1))
        }
        return out
    }

    private func extremes(_ p: [(String, Double)], _ name: String) -> [Insight] {
        guard let hi = p.max(by: { $0.1 < $1.1 }), let lo = p.min(by: { $0.1 < $1.1 }), hi.1 != lo.1 else { return [] }
        return [
            Insight(
                kind: "peak", text: "\(name.capitalizedFirst) is highest for \(hi.0) (\(StatText.number(hi.1))).",
                values: [("value", hi.1)], confidence: 1),
            Insight(
                kind: "trough", text: "\(name.capitalizedFirst) is lowest for \(lo.0) (\(StatText.number(lo.1))).",
                values: [("value", lo.1)], confidence: 1),
        ]
    }

    private func concentration(_ p: [(String, Double)], _ name: String) -> [Insight] {
        guard p.count >= 4, p.allSatisfy({ $0.1 >= 0 }) else { return [] }
        let total = p.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return [] }
        let n = min(3, p.count - 1)
        let top = p.map(\.1).sorted(by: >).prefix(n).reduce(0, +)
        let share = 100 * top / total
        return [
            Insight(
                kind: "concentration",
                text:
                    "The top \(n) of \(p.count) account for \(ValueFormat.percent.string(share / 100)) of the total \(name).",
                values: [("top_n", Double(n)), ("share_percent", share)], confidence: 1)
        ]
    }

    /// Values more than 3.5 robust z-scores (median, MAD) from the median.
    private func outliers(_ p: [(String, Double)], _ name: String) -> [Insight] {
        guard p.count >= 8 else { return [] }
        let sorted = p.map(\.1).sorted()
        let med = median(sorted)
        let mad = median(sorted.map { abs($0 - med) }.sorted())
        guard mad > 0 else { return [] }
        return p.compactMap { l, v in
            let z = 0.6745 * (v - med) / mad
            guard abs(z) > 3.5 else { return nil }
            return Insight(
                kind: "outlier",
                text: "\(l) is an outlier: \(StatText.number(v)) against a median of \(StatText.number(med)).",
                values: [("value", v), ("robust_z", z)], confidence: min(1, abs(z) / 7))
        }
    }

    private func median(_ s: [Double]) -> Double {
        s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
