/// KPI / big number: the first dataset's last value, the change against a `comparison` dataset
/// (green up, red down) and an optional `sparkline` dataset.
struct KPIChart: ChartKind {
    /// The chart's KPI: the first dataset's last value, the last value of the `comparison`
    /// dataset as the baseline, the `sparkline` dataset as the trend.
    static func parts(_ chart: ChartData) -> KPI {
        let sets = chart.data.datasets
        let main = sets.first { $0.role == nil || $0.role == .actual }
        let value = main?.numbers.last { $0 != nil } ?? nil
        var baseline: KPI.Baseline?
        if let c = sets.first(where: { $0.role == .comparison }), let v = c.numbers.last(where: { $0 != nil }) ?? nil {
            baseline = KPI.Baseline(label: c.label, value: v)
        }
        let spark = sets.first { $0.role == .sparkline }?.numbers ?? []
        return KPI(name: main?.label ?? "", value: value, baseline: baseline, sparkline: spark)
    }

    func hasData(_ chart: ChartData) -> Bool { KPIChart.parts(chart).value != nil }
    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] { [] }

    /// "Revenue is 1,400, up 16.7% vs Last month (1,200)."
    static func sentence(_ chart: ChartData, format: ValueFormat) -> String {
        let p = parts(chart)
        guard let v = p.value else { return "No data." }
        var s = "\(p.name.isEmpty ? "Value" : p.name) is \(format.string(v))"
        if let c = p.baseline, let d = p.change {
            s += ", \(d.word) vs \(c.label) (\(format.string(c.value)))"
        }
        return s + "."
    }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        let p = KPIChart.parts(chart)
        guard let v = p.value else { return }
        let a = canvas.area
        let valueText = canvas.format.string(v)
        let size = min(a.height * 0.34, 64, a.width / max(1, FontMetrics.width(valueText, size: 1, bold: true)) * 0.9)
        var y = a.y + 4
        if !p.name.isEmpty {
            canvas.text(
                TextFit.truncate(p.name, maxWidth: a.width, size: 14), x: a.x, y: y + 14, size: 14,
                color: canvas.theme.mutedText)
            y += 22
        }
        y += size * 0.95
        canvas.svg.open("g", [("class", "value")])
        canvas.svg.title("\(p.name.isEmpty ? "Value" : p.name): \(valueText)")
        canvas.text(valueText, x: a.x, y: y, size: size, color: canvas.theme.text, bold: true)
        canvas.svg.close("g")
        y += 8
        if let c = p.baseline, let d = p.change, let line = p.changeLine(format: canvas.format) {
            let color: String
            let flip = chart.options.lowerIsBetter ?? false
            switch d.direction {
            case .flat: color = canvas.theme.mutedText
            case .up: color = flip ? canvas.theme.negative : canvas.theme.positive
            case .down: color = flip ? canvas.theme.positive : canvas.theme.negative
            }
            canvas.svg.open("g", [("class", "delta")])
            canvas.svg.title("\(d.word) vs \(c.label)")
            canvas.text(
                TextFit.truncate(line, maxWidth: a.width, size: 14), x: a.x, y: y + 16, size: 14, color: color,
                bold: true)
            canvas.svg.close("g")
            y += 26
        }
        let pts = p.sparkline
        let sparkTop = y + 6, sparkH = a.maxY - sparkTop
        guard pts.contains(where: { $0 != nil }), sparkH >= 16 else { return }
        let vals = pts.compactMap { $0 }
        let n = pts.count
        let points = KPISparkline.points(pts, x: a.x, y: sparkTop, width: a.width, height: sparkH)
        let xs = (0..<n).map { a.x + (n > 1 ? Double($0) / Double(n - 1) * a.width : a.width / 2) }
        let path = LinePath.line(xs: xs, ys: points.map { $0?.y }, threshold: Int(a.width * 2))
        let color = canvas.color(0)
        canvas.svg.mark(
            "path",
            [
                ("d", path.d), ("fill", "none"), ("stroke", color), ("stroke-width", "2"), ("stroke-linejoin", "round"),
                ("class", "sparkline"),
            ],
            tooltip: "Trend from \(canvas.format.string(vals.first ?? 0)) to \(canvas.format.string(vals.last ?? 0))")
    }
}
