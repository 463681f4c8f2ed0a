import Foundation

/// Pie and donut charts of the first dataset; negative and missing values are left out.
struct PieChart: ChartKind {
    var donut: Bool

    func hasData(_ chart: ChartData) -> Bool {
        (chart.data.datasets.first?.numbers ?? []).contains { ($0 ?? 0) > 0 }
    }

    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] {
        let vals = chart.data.datasets.first?.numbers ?? []
        return chart.data.labels.enumerated().compactMap { i, l in
            i < vals.count && (vals[i] ?? 0) > 0 ? LegendItem(label: l, color: canvas.color(i)) : nil
        }
    }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        guard let ds = chart.data.datasets.first else { return }
        let vals = ds.numbers.map { max(0, $0 ?? 0) }
        let total = vals.reduce(0, +)
        let a = canvas.area
        let r = max(10, min(a.width, a.height) / 2 - 6)
        let cx = a.midX, cy = a.midY
        let inner = donut ? r * 0.58 : 0
        var angle = -Double.pi / 2
        canvas.svg.open("g", [("stroke", canvas.theme.background), ("stroke-width", "1.5"), ("class", "slices")])
        for (i, v) in vals.enumerated() where v > 0 {
            let sweep = v / total * 2 * .pi
            let label = i < chart.data.labels.count ? chart.data.labels[i] : String(i + 1)
            let tip = "\(label): \(canvas.format.string(v)) (\(ValueFormat.percent.string(v / total, step: 0.001)))"
            let d = PieChart.slice(cx: cx, cy: cy, r: r, inner: inner, start: angle, sweep: sweep)
            canvas.svg.mark("path", [("d", d), ("fill", canvas.color(i))], tooltip: tip)
            angle += sweep
        }
        canvas.svg.close("g")
        // Percentages on slices big enough to hold them.
        angle = -Double.pi / 2
        for (i, v) in vals.enumerated() where v > 0 {
            let sweep = v / total * 2 * .pi
            let share = v / total
            let mid = angle + sweep / 2
            angle += sweep
            let rr = donut ? (r + inner) / 2 : r * 0.65
            guard share >= 0.05, sweep * rr > 34 else { continue }
            let fill = ColorText.luminance(canvas.color(i)) > 0.6 ? "#1F2328" : "#FFFFFF"
            canvas.text(
                ValueFormat.percent.string(share, step: 1 / 1000 * 10), x: cx + cos(mid) * rr,
                y: cy + sin(mid) * rr + 4,
                anchor: "middle", size: Canvas.smallFont, color: fill, bold: true)
        }
        if donut {
            canvas.text(
                canvas.format.string(total), x: cx, y: cy + 6, anchor: "middle", size: min(22, inner / 2.5),
                color: canvas.theme.text, bold: true)
        }
    }

    static func slice(cx: Double, cy: Double, r: Double, inner: Double, start: Double, sweep: Double) -> String {
        let full = sweep >= 2 * .pi - 1e-9
        let end = start + (full ? 2 * .pi - 1e-4 : sweep)
        let large = sweep > .pi ? 1 : 0
        let x0 = cx + cos(start) * r, y0 = cy + sin(start) * r
        let x1 = cx + cos(end) * r, y1 = cy + sin(end) * r
        var d = "M\(fmt(x0)) \(fmt(y0))A\(fmt(r)) \(fmt(r)) 0 \(large) 1 \(fmt(x1)) \(fmt(y1))"
        if inner > 0 {
            let xi1 = cx + cos(end) * inner, yi1 = cy + sin(end) * inner
            let xi0 = cx + cos(start) * inner, yi0 = cy + sin(start) * inner
            d += "L\(fmt(xi1)) \(fmt(yi1))A\(fmt(inner)) \(fmt(inner)) 0 \(large) 0 \(fmt(xi0)) \(fmt(yi0))Z"
        } else {
            d += "L\(fmt(cx)) \(fmt(cy))Z"
        }
        return d
    }
}
