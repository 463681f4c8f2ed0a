/// Normalises a chart before drawing: pads short datasets with gaps and cuts bar charts with
/// too many categories down to the top ones, saying so in the note.
enum ChartPreparation {
    static let defaultMaxCategories = 50

    static func prepare(_ chart: ChartData) -> ChartData {
        var c = chart
        let n = c.data.labels.count
        if n > 0, ![.scatter, .bubble, .histogram, .kpi].contains(c.type) {
            for i in c.data.datasets.indices where c.data.datasets[i].data.count != n {
                var d = c.data.datasets[i].data
                if d.count > n { d.removeLast(d.count - n) } else { d += Array(repeating: .null, count: n - d.count) }
                c.data.datasets[i].data = d
            }
        }
        let limit = max(1, c.options.maxCategories ?? defaultMaxCategories)
        if [.bar, .pie, .donut].contains(c.type), n > limit { c = top(c, limit) }
        return c
    }

    /// The `limit` categories with the largest totals, largest first, with a note.
    static func top(_ chart: ChartData, _ limit: Int) -> ChartData {
        var c = chart
        let n = c.data.labels.count
        var totals = [Double](repeating: 0, count: n)
        for ds in c.data.datasets {
            for (i, v) in ds.data.enumerated() where i < n { totals[i] += abs(v.number ?? 0) }
        }
        let keep = (0..<n).sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }.prefix(limit)
        c.data.labels = keep.map { chart.data.labels[$0] }
        for i in c.data.datasets.indices {
            let d = chart.data.datasets[i].data
            c.data.datasets[i].data = keep.map { $0 < d.count ? d[$0] : .null }
        }
        let note =
            "Top \(NumberText.grouped(Double(limit), decimals: 0, trim: true)) of \(NumberText.grouped(Double(n), decimals: 0, trim: true)) categories"
        c.options.note = [chart.options.note, note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        return c
    }
}
