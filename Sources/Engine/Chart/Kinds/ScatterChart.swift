/// Scatter and bubble charts: each dataset is a group (colour by category) of `{x, y, r}` points;
/// bubble areas are proportional to `r`.
struct ScatterChart: ChartKind {
    var bubble: Bool

    static func points(_ ds: ChartDataset) -> [ChartPoint] {
        ds.data.compactMap {
            if case .point(let p) = $0, p.x.isFinite, p.y.isFinite { return p }
            return nil
        }
    }

    func hasData(_ chart: ChartData) -> Bool {
        chart.data.datasets.contains { !ScatterChart.points($0).isEmpty }
    }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        let groups = chart.data.datasets.map(ScatterChart.points)
        let all = groups.flatMap { $0 }
        let xs = all.map(\.x), ys = all.map(\.y)
        let maxR = all.compactMap { $0.r.flatMap { $0.isFinite ? abs($0) : nil } }.max() ?? 0
        let xf = chart.options.numberFormat2 ?? .plain
        let frame = CartesianFrame.draw(
            in: &canvas, x: .linear(xs.min() ?? 0, xs.max() ?? 1, xf), values: (ys.min() ?? 0, ys.max() ?? 1),
            includeZero: false, options: chart.options, format: canvas.format)
        let biggest = max(6, min(frame.plot.width, frame.plot.height) / 14)
        let many = all.count > 2000
        for (gi, pts) in groups.enumerated() {
            let ds = chart.data.datasets[gi]
            let color = canvas.color(gi, ds)
            canvas.svg.open(
                "g",
                [
                    ("fill", color), ("fill-opacity", bubble ? "0.6" : "0.8"),
                    ("stroke", bubble ? color : "none"),
                ])
            for p in pts {
                var radius = many ? 2.0 : 4.0
                if bubble, maxR > 0, let r = p.r, r.isFinite { radius = max(2, (abs(r) / maxR).squareRoot() * biggest) }
                var tip = "\(p.label.map { $0 + ": " } ?? "")\(xf.string(p.x)), \(canvas.format.string(p.y))"
                if bubble, let r = p.r { tip += " (size \(ValueFormat.plain.string(r)))" }
                if chart.data.datasets.count > 1 { tip = ds.label + " · " + tip }
                canvas.svg.mark(
                    "circle",
                    [
                        ("cx", fmt(frame.position(value: p.x))), ("cy", fmt(frame.valuePosition(p.y))),
                        ("r", fmt(radius)),
                    ], tooltip: many ? nil : tip)
            }
            canvas.svg.close("g")
        }
    }
}
