/// Heatmaps: `labels` are the columns (categories or times), each dataset is a row; cell colour
/// runs from the theme's low to high colour.
struct HeatmapChart: ChartKind {
    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] { [] }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        let sets = chart.data.datasets
        let cols =
            chart.isTimeAxis ? TimeTicks.compactLabels(chart.data.labels, format: chart.dateFormat) : chart.data.labels
        let all = sets.flatMap { $0.numbers.compactMap { $0 } }
        let lo = all.min() ?? 0, hi = all.max() ?? 1
        let size = Canvas.fontSize
        var a = canvas.area
        // Colour scale key along the bottom.
        let keyH = 28.0
        a.height -= keyH
        let rowLabelW = min(a.width * 0.3, sets.reduce(0.0) { max($0, FontMetrics.width($1.label, size: size)) }) + 14
        let gridW = max(10, a.width - rowLabelW)
        let colW = gridW / Double(max(cols.count, 1))
        let colLabels = CategoryLabels(cols, slot: colW, maxRotatedLength: min(120, a.height * 0.3))
        let gridH = max(10, a.height - colLabels.height - 4)
        let rowH = gridH / Double(max(sets.count, 1))
        let x0 = a.x + rowLabelW, y0 = a.y
        canvas.svg.open("g", [("fill", canvas.theme.mutedText), ("class", "axis-y")])
        for (r, ds) in sets.enumerated() {
            let shown = TextFit.truncate(ds.label, maxWidth: rowLabelW - 8, size: size)
            canvas.text(
                shown, x: x0 - 8, y: y0 + (Double(r) + 0.5) * rowH + 4, anchor: "end",
                tooltip: shown == ds.label ? nil : ds.label)
        }
        canvas.svg.close("g")
        let showValues = colW >= 40 && rowH >= 18
        canvas.svg.open("g", [("stroke", canvas.theme.background), ("stroke-width", "1"), ("class", "cells")])
        var valueTexts: [(String, Double, Double, String)] = []
        for (r, ds) in sets.enumerated() {
            for (c, v) in ds.numbers.enumerated() where c < cols.count {
                guard let v else { continue }
                let t = hi > lo ? (v - lo) / (hi - lo) : 1
                let fill = ColorText.mix(canvas.theme.rampLow, canvas.theme.rampHigh, t)
                let x = x0 + Double(c) * colW, y = y0 + Double(r) * rowH
                canvas.svg.mark(
                    "rect",
                    [("x", fmt(x)), ("y", fmt(y)), ("width", fmt(colW)), ("height", fmt(rowH)), ("fill", fill)],
                    tooltip: "\(ds.label), \(cols[c]): \(canvas.format.string(v))")
                if showValues {
                    let ink = ColorText.luminance(fill) > 0.55 ? "#1F2328" : "#FFFFFF"
                    valueTexts.append((canvas.format.string(v), x + colW / 2, y + rowH / 2 + 4, ink))
                }
            }
        }
        canvas.svg.close("g")
        for (t, x, y, ink) in valueTexts {
            canvas.text(
                TextFit.truncate(t, maxWidth: colW - 4, size: Canvas.smallFont), x: x, y: y, anchor: "middle",
                size: Canvas.smallFont, color: ink)
        }
        let axisY = y0 + gridH
        canvas.svg.open("g", [("fill", canvas.theme.mutedText), ("class", "axis-x")])
        for c in stride(from: 0, to: cols.count, by: colLabels.step) {
            let cx = x0 + (Double(c) + 0.5) * colW
            let lines = colLabels.lines[c]
            let tip = lines.joined(separator: " ") == cols[c] ? nil : cols[c]
            if colLabels.rotated {
                canvas.text(
                    lines[0], x: cx + 4, y: axisY + 14, anchor: "end", rotate: -CategoryLabels.angle, tooltip: tip)
            } else {
                for (k, l) in lines.enumerated() {
                    canvas.text(l, x: cx, y: axisY + 17 + Double(k) * 14, anchor: "middle", tooltip: k == 0 ? tip : nil)
                }
            }
        }
        canvas.svg.close("g")
        drawKey(in: &canvas, x: x0, y: canvas.area.maxY - 12, lo: lo, hi: hi)
    }

    private func drawKey(in canvas: inout Canvas, x: Double, y: Double, lo: Double, hi: Double) {
        let w = 120.0
        let steps = 12
        for i in 0..<steps {
            let fill = ColorText.mix(canvas.theme.rampLow, canvas.theme.rampHigh, Double(i) / Double(steps - 1))
            canvas.svg.empty(
                "rect",
                [
                    ("x", fmt(x + Double(i) * w / Double(steps))), ("y", fmt(y - 8)),
                    ("width", fmt(w / Double(steps) + 0.5)), ("height", "8"), ("fill", fill),
                ])
        }
        canvas.text(
            canvas.format.string(lo), x: x - 4, y: y, anchor: "end", size: Canvas.smallFont,
            color: canvas.theme.mutedText)
        canvas.text(canvas.format.string(hi), x: x + w + 4, y: y, size: Canvas.smallFont, color: canvas.theme.mutedText)
    }
}
