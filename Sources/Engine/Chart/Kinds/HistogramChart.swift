/// Histograms of the raw values in the first dataset, binned automatically (or `options.bins`).
struct HistogramChart: ChartKind {
    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] { [] }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        guard let ds = chart.data.datasets.first else { return }
        let bins = Binning(ds.numbers.compactMap { $0 }, bins: chart.options.bins)
        let end = bins.start + bins.width * Double(bins.counts.count)
        var o = chart.options
        if o.yTitle == nil { o.yTitle = "Count" }
        let frame = CartesianFrame.draw(
            in: &canvas, x: .linear(bins.start, end, canvas.format), values: (0, Double(bins.counts.max() ?? 1)),
            includeZero: true, options: o, format: .plain)
        let color = canvas.color(0, ds)
        canvas.svg.open(
            "g", [("fill", color), ("stroke", canvas.theme.background), ("stroke-width", "0.5"), ("class", "bars")])
        for (i, c) in bins.counts.enumerated() where c > 0 {
            let a = bins.start + Double(i) * bins.width
            let x0 = frame.position(value: a), x1 = frame.position(value: a + bins.width)
            let y = frame.valuePosition(Double(c)), base = frame.valuePosition(0)
            let tip =
                "\(canvas.format.string(a, step: bins.width))–\(canvas.format.string(a + bins.width, step: bins.width)): \(c)"
            canvas.svg.mark(
                "rect", [("x", fmt(x0)), ("y", fmt(y)), ("width", fmt(max(0.5, x1 - x0))), ("height", fmt(base - y))],
                tooltip: tip)
        }
        canvas.svg.close("g")
    }
}
