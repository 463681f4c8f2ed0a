/// Combo charts: datasets with `type: "bar"` drawn as grouped columns, the others as lines;
/// datasets with `axis: "y2"` use the secondary (right) axis.
struct ComboChart: ChartKind {
    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] {
        chart.data.datasets.enumerated().map {
            LegendItem(label: $1.label, color: canvas.color($0, $1), line: $1.type != .bar)
        }
    }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        let sets = chart.data.datasets
        let labels =
            chart.isTimeAxis ? TimeTicks.compactLabels(chart.data.labels, format: chart.dateFormat) : chart.data.labels
        let n = labels.count
        let primary = sets.filter { $0.axis != "y2" }.flatMap { $0.numbers.compactMap { $0 } }
        let secondary = sets.filter { $0.axis == "y2" }.flatMap { $0.numbers.compactMap { $0 } }
        let frame = CartesianFrame.draw(
            in: &canvas, x: .band(labels), values: (primary.min() ?? 0, primary.max() ?? 1), includeZero: true,
            values2: secondary.isEmpty ? nil : (secondary.min() ?? 0, secondary.max() ?? 1), options: chart.options,
            format: canvas.format, format2: chart.options.numberFormat2)
        let bars = sets.indices.filter { sets[$0].type == .bar }
        let inner = frame.slot * 0.7
        let barW = inner / Double(max(1, bars.count))
        for (k, si) in bars.enumerated() {
            let ds = sets[si]
            let y2 = ds.axis == "y2"
            canvas.svg.open("g", [("fill", canvas.color(si, ds)), ("class", "bars")])
            for (i, v) in ds.numbers.enumerated() where i < n {
                guard let v else { continue }
                let x = frame.position(i) - inner / 2 + Double(k) * barW
                let v0 = frame.valuePosition(0, secondary: y2), v1 = frame.valuePosition(v, secondary: y2)
                let f = y2 ? (chart.options.numberFormat2 ?? canvas.format) : canvas.format
                canvas.svg.mark(
                    "rect",
                    [
                        ("x", fmt(x)), ("y", fmt(min(v0, v1))), ("width", fmt(max(0.5, barW - 1))),
                        ("height", fmt(abs(v1 - v0))),
                    ],
                    tooltip: "\(labels[i]), \(ds.label): \(f.string(v))")
            }
            canvas.svg.close("g")
        }
        let xs = (0..<n).map { frame.position($0) }
        for (si, ds) in sets.enumerated() where ds.type != .bar {
            let y2 = ds.axis == "y2"
            let f = y2 ? (chart.options.numberFormat2 ?? canvas.format) : canvas.format
            let color = canvas.color(si, ds)
            let nums = Array(ds.numbers.prefix(n))
            let ys = nums.map { $0.map { frame.valuePosition($0, secondary: y2) } }
            let path = LinePath.line(xs: xs, ys: ys, threshold: .max)
            canvas.svg.mark(
                "path",
                [
                    ("d", path.d), ("fill", "none"), ("stroke", color), ("stroke-width", "2.5"),
                    ("stroke-linejoin", "round"),
                ], tooltip: ds.label)
            canvas.svg.open("g", [("fill", color), ("stroke", canvas.theme.background), ("stroke-width", "1")])
            for (i, y) in ys.enumerated() {
                guard let y, let v = nums[i] else { continue }
                canvas.svg.mark(
                    "circle", [("cx", fmt(xs[i])), ("cy", fmt(y)), ("r", "3.5")],
                    tooltip: "\(labels[i]), \(ds.label): \(f.string(v))")
            }
            canvas.svg.close("g")
        }
    }
}
