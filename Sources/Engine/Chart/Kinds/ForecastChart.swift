/// Forecast lines: the `actual` history, the `forecast` continuing it (dashed) and the band
/// between `lower` and `upper`; a dotted rule marks where the forecast starts.
struct ForecastChart: ChartKind {
    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] {
        var items: [LegendItem] = []
        for ds in chart.data.datasets {
            switch ds.role {
            case .forecast: items.append(LegendItem(label: ds.label, color: canvas.color(1, ds), line: true))
            case .lower, .upper: continue
            default: items.append(LegendItem(label: ds.label, color: canvas.color(0, ds), line: true))
            }
        }
        let roles = Set(chart.data.datasets.compactMap(\.role))
        if roles.contains(.lower), roles.contains(.upper) {
            items.append(
                LegendItem(
                    label: "Confidence band", color: ColorText.mix(canvas.color(1), canvas.theme.background, 0.7)))
        }
        return items
    }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        let sets = chart.data.datasets
        let n = chart.data.labels.count
        let all = sets.flatMap { $0.numbers.compactMap { $0 } }
        let x = LineChart.axis(chart, count: n)
        let frame = CartesianFrame.draw(
            in: &canvas, x: x.axis, values: (all.min() ?? 0, all.max() ?? 1), includeZero: false,
            options: chart.options, format: canvas.format)
        let xs = x.positions.map { x.isContinuous ? frame.position(value: $0) : frame.position(Int($0)) }
        let actual = sets.first { $0.role == nil || $0.role == .actual }
        let forecast = sets.first { $0.role == .forecast }
        let fcColor = canvas.color(1, forecast)
        if let lo = sets.first(where: { $0.role == .lower })?.numbers,
            let hi = sets.first(where: { $0.role == .upper })?.numbers
        {
            let spans: [(Double, Double)?] = (0..<n).map { i in
                guard i < lo.count, i < hi.count, let l = lo[i], let h = hi[i] else { return nil }
                return (l, h)
            }
            let d = LinePath.area(xs: xs, spans: spans, y: { frame.valuePosition($0) }, threshold: .max)
            canvas.svg.mark(
                "path", [("d", d), ("fill", fcColor), ("fill-opacity", "0.2"), ("class", "band")],
                tooltip: "Confidence band")
        }
        if let start = forecast?.numbers.firstIndex(where: { $0 != nil }), start < xs.count {
            canvas.svg.empty(
                "path",
                [
                    ("d", "M\(fmt(xs[start])) \(fmt(frame.plot.y))V\(fmt(frame.plot.maxY))"),
                    ("stroke", canvas.theme.axis), ("stroke-dasharray", "2 3"),
                ])
        }
        let labels = chart.data.labels.map { TimeTicks.bucketLabel($0, format: chart.dateFormat) }
        for (ds, color, dash) in [(actual, canvas.color(0, actual), false), (forecast, fcColor, true)] {
            guard let ds else { continue }
            let nums = ds.numbers
            let ys = (0..<n).map { i in i < nums.count ? nums[i].map { frame.valuePosition($0) } : nil }
            let path = LinePath.line(xs: xs, ys: ys, threshold: Int(frame.plot.width * 2))
            var attrs: [(String, String)] = [
                ("d", path.d), ("fill", "none"), ("stroke", color), ("stroke-width", "2"), ("stroke-linejoin", "round"),
            ]
            if dash { attrs.append(("stroke-dasharray", "6 4")) }
            canvas.svg.mark("path", attrs, tooltip: ds.label)
            guard n <= 60 else { continue }
            canvas.svg.open("g", [("fill", color)])
            for i in 0..<n {
                guard let y = ys[i], let v = nums[i] else { continue }
                canvas.svg.mark(
                    "circle", [("cx", fmt(xs[i])), ("cy", fmt(y)), ("r", "2.5")],
                    tooltip: "\(labels[i]), \(ds.label): \(canvas.format.string(v))")
            }
            canvas.svg.close("g")
        }
    }
}
