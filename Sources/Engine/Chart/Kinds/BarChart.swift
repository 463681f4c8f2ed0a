/// Column and horizontal bar charts: single, grouped, stacked and 100 % stacked.
struct BarChart: ChartKind {
    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        let o = chart.options
        let sets = chart.data.datasets
        let labels =
            chart.data.labels.isEmpty
            ? (0..<(sets.map(\.data.count).max() ?? 0)).map { String($0 + 1) }
            : (chart.isTimeAxis
                ? TimeTicks.compactLabels(chart.data.labels, format: chart.dateFormat) : chart.data.labels)
        let n = labels.count
        let normalized = o.normalized ?? false
        let stacked = ((o.stacked ?? false) || normalized) && sets.count > 1
        let horizontal = o.horizontal ?? false
        let series = sets.map(\.numbers)
        let (spans, lo, hi) = Stacking.spans(series, count: n, stacked: stacked, normalized: normalized)
        let format = normalized && stacked ? ValueFormat.percent : canvas.format
        let frame = CartesianFrame.draw(
            in: &canvas, x: .band(labels), values: (lo, hi), includeZero: true, horizontal: horizontal,
            options: o, format: format)
        let band = frame.slot
        let inner = band * (n > 30 ? 0.9 : 0.75)
        let groups = stacked ? 1 : max(1, sets.count)
        let barW = inner / Double(groups)
        for (si, ds) in sets.enumerated() {
            let color = canvas.color(si, ds)
            canvas.svg.open("g", [("fill", color), ("class", "bars")])
            for i in 0..<min(n, spans[si].count) {
                guard let (b, t) = spans[si][i] else { continue }
                let offset = stacked ? 0 : Double(si) * barW
                let c0 = frame.position(i) - inner / 2 + offset
                let v0 = frame.valuePosition(b), v1 = frame.valuePosition(t)
                let gap = barW > 6 && !stacked && groups > 1 ? 1.0 : 0.0
                let raw = i < series[si].count ? series[si][i] ?? 0 : 0
                let value =
                    normalized && stacked
                    ? "\(canvas.format.string(raw)) (\(ValueFormat.percent.string(t - b, step: 0.001)))"
                    : canvas.format.string(raw)
                let tip = sets.count > 1 ? "\(labels[i]), \(ds.label): \(value)" : "\(labels[i]): \(value)"
                let attrs: [(String, String)] =
                    horizontal
                    ? [
                        ("x", fmt(min(v0, v1))), ("y", fmt(c0 + gap / 2)), ("width", fmt(abs(v1 - v0))),
                        ("height", fmt(max(0.5, barW - gap))),
                    ]
                    : [
                        ("x", fmt(c0 + gap / 2)), ("y", fmt(min(v0, v1))), ("width", fmt(max(0.5, barW - gap))),
                        ("height", fmt(abs(v1 - v0))),
                    ]
                canvas.svg.mark("rect", attrs, tooltip: tip)
            }
            canvas.svg.close("g")
        }
    }
}
