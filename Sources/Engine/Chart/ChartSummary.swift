/// The one-sentence description of a chart that goes into `<desc>` (what a screen reader says),
/// computed from the data.
enum ChartSummary {
    static func sentence(_ chart: ChartData) -> String {
        let f = chart.options.numberFormat ?? .plain
        let labels = chart.data.labels.map { TimeTicks.bucketLabel($0, format: chart.dateFormat) }
        let sets = chart.data.datasets
        guard let first = sets.first(where: { $0.data.contains { $0.number != nil || isPoint($0) } }) else {
            return chart.type == .table && !sets.isEmpty ? "Table with \(labels.count) rows." : "No data."
        }
        let name = first.label.isEmpty ? "Value" : first.label
        switch chart.type {
        case .line, .area, .forecast:
            return trend(name, first.numbers, labels, f, series: sets.count)
        case .bar, .combo:
            if chart.isTimeAxis { return trend(name, first.numbers, labels, f, series: sets.count) }
            return extremes(name, first.numbers, labels, f)
        case .pie, .donut:
            let vals = first.numbers.map { max(0, $0 ?? 0) }
            let total = vals.reduce(0, +)
            guard total > 0, let i = vals.indices.max(by: { vals[$0] < vals[$1] }), i < labels.count else {
                return "No data."
            }
            return
                "\(name) split across \(vals.count) categories; largest is \(labels[i]) with \(ValueFormat.percent.string(vals[i] / total, step: 0.001))."
        case .scatter, .bubble:
            let n = sets.reduce(0) { $0 + $1.data.filter(isPoint).count }
            return "Scatter of \(n) points in \(sets.count) \(sets.count == 1 ? "group" : "groups")."
        case .histogram:
            let v = first.numbers.compactMap { $0 }
            guard let lo = v.min(), let hi = v.max() else { return "No data." }
            return "Distribution of \(v.count) values of \(name) from \(f.string(lo)) to \(f.string(hi))."
        case .heatmap:
            var best: (Double, Int, Int)?
            for (r, ds) in sets.enumerated() {
                for (c, v) in ds.numbers.enumerated() {
                    if let v, v > (best?.0 ?? -Double.infinity) { best = (v, r, c) }
                }
            }
            guard let b = best, b.2 < labels.count else { return "No data." }
            return
                "Heatmap of \(sets.count) rows by \(labels.count) columns; highest is \(f.string(b.0)) at \(sets[b.1].label), \(labels[b.2])."
        case .kpi:
            return KPIChart.sentence(chart, format: f)
        case .table:
            return
                "Table with \(max(labels.count, first.data.count)) rows and \(sets.count + (labels.isEmpty ? 0 : 1)) columns."
        }
    }

    private static func isPoint(_ v: ChartValue) -> Bool { if case .point = v { return true } else { return false } }

    /// "Revenue rose from 1,000 in Jan 2024 to 1,400 in Apr 2024; peak of 1,400 in Apr 2024."
    static func trend(_ name: String, _ values: [Double?], _ labels: [String], _ f: ValueFormat, series: Int) -> String
    {
        let pts = values.enumerated().compactMap { i, v in v.map { (i, $0) } }
        guard let a = pts.first, let b = pts.last else { return "No data." }
        func at(_ i: Int) -> String { i < labels.count ? " in \(labels[i])" : "" }
        let peak = pts.max { $0.1 < $1.1 } ?? a
        let verb = b.1 > a.1 ? "rose" : b.1 < a.1 ? "fell" : "held steady"
        let more = series > 1 ? " (first of \(series) series)" : ""
        if pts.count == 1 { return "\(name)\(more) is \(f.string(a.1))\(at(a.0))." }
        return
            "\(name)\(more) \(verb) from \(f.string(a.1))\(at(a.0)) to \(f.string(b.1))\(at(b.0)); peak of \(f.string(peak.1))\(at(peak.0))."
    }

    static func extremes(_ name: String, _ values: [Double?], _ labels: [String], _ f: ValueFormat) -> String {
        let pts = values.enumerated().compactMap { i, v in v.map { (i, $0) } }.filter { $0.0 < labels.count }
        guard let hi = pts.max(by: { $0.1 < $1.1 }), let lo = pts.min(by: { $0.1 < $1.1 }) else { return "No data." }
        if pts.count == 1 { return "\(name) for \(labels[hi.0]) is \(f.string(hi.1))." }
        return
            "\(name) across \(pts.count) categories: highest is \(labels[hi.0]) at \(f.string(hi.1)), lowest is \(labels[lo.0]) at \(f.string(lo.1))."
    }
}
