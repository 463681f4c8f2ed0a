/// KPI / big number: the first dataset's last value, the change against a `comparison` dataset
/// (green up, red down) and an optional `sparkline` dataset.
struct KPIChart: ChartKind {
    struct Parts {
        var name: String
        var value: Double?
        var comparison: (label: String, value: Double)?
        var sparkline: [Double?]
    }

    static func parts(_ chart: ChartData) -> Parts {
        let sets = chart.data.datasets
        let main = sets.first { $0.role == nil || $0.role == .actual }
        let value = main?.numbers.last { $0 != nil } ?? nil
        var comparison: (String, Double)?
        if let c = sets.first(where: { $0.role == .comparison }), let v = c.numbers.last(where: { $0 != nil }) ?? nil {
            comparison = (c.label, v)
        }
        let spark = sets.first { $0.role == .sparkline }?.numbers ?? []
        return Parts(name: main?.label ?? "", value: value, comparison: comparison, sparkline: spark)
    }

    func hasData(_ chart: ChartData) -> Bool { KPIChart.parts(chart).value != nil }
    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] { [] }

    /// "Revenue is 1,400, up 16.7% vs Last month (1,200)."
    static func sentence(_ chart: ChartData, format: ValueFormat) -> String {
        let p = parts(chart)
        guard let v = p.value else { return "No data." }
        var s = "\(p.name.isEmpty ? "Value" : p.name) is \(format.string(v))"
        if let c = p.comparison {
            let d = delta(v, c.value)
            s += ", \(d.word) vs \(c.label) (\(format.string(c.value)))"
        }
        return s + "."
    }

    static func delta(_ v: Double, _ base: Double) -> (word: String, text: String, up: Bool?) {
        if v == base { return ("unchanged", "0%", nil) }
        let up = v > base
        if base == 0 { return (up ? "up" : "down", format(v - base), up) }
        let pct = ValueFormat.percent.string(abs(v - base) / abs(base), step: 0.001)
        return ("\(up ? "up" : "down") \(pct)", pct, up)
    }

    private static func format(_ d: Double) -> String { ValueFormat.plain.string(abs(d)) }

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
        if let c = p.comparison {
            let d = KPIChart.delta(v, c.value)
            let (color, arrow): (String, String)
            let flip = chart.options.lowerIsBetter ?? false
            switch d.up {
            case .none: (color, arrow) = (canvas.theme.mutedText, "■")
            case .some(true): (color, arrow) = (flip ? canvas.theme.negative : canvas.theme.positive, "▲")
            case .some(false): (color, arrow) = (flip ? canvas.theme.positive : canvas.theme.negative, "▼")
            }
            let line = "\(arrow) \(d.text) vs \(c.label) (\(canvas.format.string(c.value)))"
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
        let lo = vals.min() ?? 0, hi = vals.max() ?? 1
        let sy = LinearScale(domain: (lo, hi == lo ? lo + 1 : hi), range: (a.maxY - 2, sparkTop + 2))
        let n = pts.count
        let xs = (0..<n).map { a.x + (n > 1 ? Double($0) / Double(n - 1) * a.width : a.width / 2) }
        let path = LinePath.line(xs: xs, ys: pts.map { $0.map { sy($0) } }, threshold: Int(a.width * 2))
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
