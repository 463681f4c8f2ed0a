/// Line and area charts: one or many series over time or categories, gaps for missing values,
/// stacked and 100 % stacked areas, LTTB downsampling for long series.
struct LineChart: ChartKind {
    var filled: Bool

    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] {
        guard chart.data.datasets.count > 1 else { return [] }
        return chart.data.datasets.enumerated().map {
            LegendItem(label: $1.label, color: canvas.color($0, $1), line: !filled)
        }
    }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        let o = chart.options
        let sets = chart.data.datasets
        let n = max(chart.data.labels.count, sets.map(\.data.count).max() ?? 0)
        let normalized = filled && (o.normalized ?? false)
        let stacked = filled && ((o.stacked ?? false) || normalized) && sets.count > 1
        let series = sets.map(\.numbers)
        let (spans, lo, hi) = Stacking.spans(series, count: n, stacked: stacked, normalized: normalized)
        let format = normalized ? ValueFormat.percent : canvas.format
        let x = LineChart.axis(chart, count: n)
        let frame = CartesianFrame.draw(
            in: &canvas, x: x.axis, values: (lo, hi), includeZero: filled, options: o, format: format)
        let xs = x.positions.map { x.isContinuous ? frame.position(value: $0) : frame.position(Int($0)) }
        let labels = chart.data.labels.map { TimeTicks.bucketLabel($0, format: chart.dateFormat) }
        let threshold = Int(frame.plot.width * 2)
        for (si, ds) in sets.enumerated().reversed() where filled {
            let color = canvas.color(si, ds)
            let path = LinePath.area(
                xs: xs, spans: spans[si], y: { frame.valuePosition($0) }, threshold: stacked ? .max : threshold)
            canvas.svg.mark(
                "path", [("d", path), ("fill", color), ("fill-opacity", stacked ? "0.85" : "0.25"), ("class", "area")],
                tooltip: ds.label)
        }
        for (si, ds) in sets.enumerated() {
            let color = canvas.color(si, ds)
            let ys = spans[si].map { $0.map { frame.valuePosition($0.1) } }
            let path = LinePath.line(xs: xs, ys: ys, threshold: threshold)
            canvas.svg.mark(
                "path",
                [
                    ("d", path.d), ("fill", "none"), ("stroke", color), ("stroke-width", "2"),
                    ("stroke-linejoin", "round"), ("stroke-linecap", "round"), ("class", "line"),
                ], tooltip: ds.label)
            let showDots = (n <= 24 || n * sets.count <= 60) && !stacked
            canvas.svg.open("g", [("fill", color), ("class", "points")])
            for i in 0..<min(n, ys.count) {
                guard let y = ys[i], showDots || path.isolated.contains(i) else { continue }
                let name = i < labels.count ? labels[i] : String(i + 1)
                let v = series[si][i].map { canvas.format.string($0) } ?? ""
                let tip = sets.count > 1 ? "\(ds.label), \(name): \(v)" : "\(name): \(v)"
                canvas.svg.mark(
                    "circle", [("cx", fmt(xs[i])), ("cy", fmt(y)), ("r", n <= 24 ? "3.5" : "2.5")], tooltip: tip)
            }
            canvas.svg.close("g")
        }
    }

    /// The x axis and each index's position on it (seconds for time, index otherwise).
    static func axis(_ chart: ChartData, count n: Int) -> (axis: XAxis, positions: [Double], isContinuous: Bool) {
        if chart.isTimeAxis {
            let t = chart.timeValues
            let quarterly = chart.data.labels.allSatisfy { TimeValue.parse($0)?.grain == .quarter }
            return (.time(t.min() ?? 0, t.max() ?? 0, quarterly: quarterly), t, true)
        }
        if chart.data.labels.isEmpty || n > 2000 {
            return (.linear(0, Double(max(n - 1, 1)), .plain), (0..<n).map(Double.init), true)
        }
        return (.point(chart.data.labels), (0..<n).map(Double.init), false)
    }
}
