/// The data behind a chart as rows of text, for the visually hidden table of HTML contexts and
/// for screen readers.
enum DataTable {
    static func rows(_ chart: ChartData) -> (header: [String], rows: [[String]]) {
        let f = chart.options.numberFormat ?? .plain
        let sets = chart.data.datasets
        func text(_ v: ChartValue) -> String {
            switch v {
            case .null: return ""
            case .number(let d): return f.string(d)
            case .text(let s): return s
            case .point(let p): return "\(f.string(p.x)), \(f.string(p.y))"
            }
        }
        switch chart.type {
        case .scatter, .bubble:
            var rows: [[String]] = []
            for ds in sets {
                for case .point(let p) in ds.data {
                    rows.append([ds.label, p.label ?? "", f.string(p.x), f.string(p.y), p.r.map { f.string($0) } ?? ""])
                }
            }
            return (["Group", "Point", chart.options.xTitle ?? "x", chart.options.yTitle ?? "y", "Size"], rows)
        case .histogram:
            let b = Binning(sets.first?.numbers.compactMap { $0 } ?? [], bins: chart.options.bins)
            let rows = b.counts.enumerated().map { i, c in
                let a = b.start + Double(i) * b.width
                return ["\(f.string(a, step: b.width))–\(f.string(a + b.width, step: b.width))", String(c)]
            }
            return (["Range", "Count"], rows)
        case .kpi:
            return (["Measure", "Value"], sets.map { [$0.label, $0.data.last.map(text) ?? ""] })
        default:
            let labels = chart.data.labels.map { TimeTicks.bucketLabel($0, format: chart.dateFormat) }
            let n = max(labels.count, sets.map(\.data.count).max() ?? 0)
            let rows = (0..<n).map { i in
                [i < labels.count ? labels[i] : String(i + 1)] + sets.map { i < $0.data.count ? text($0.data[i]) : "" }
            }
            return ([chart.options.xTitle ?? "Category"] + sets.map(\.label), rows)
        }
    }
}
