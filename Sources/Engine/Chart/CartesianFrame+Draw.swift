import Foundation

extension CartesianFrame {
    /// Gridlines and labels of the value axis (and the secondary axis).
    func drawGrid(in canvas: inout Canvas, tickText: [String]) {
        let p = plot
        var d = ""
        for v in value.ticks.values {
            let pos = valuePosition(v)
            d += horizontal ? "M\(fmt(pos)) \(fmt(p.y))V\(fmt(p.maxY))" : "M\(fmt(p.x)) \(fmt(pos))H\(fmt(p.maxX))"
        }
        canvas.svg.empty("path", [("d", d), ("stroke", canvas.theme.grid), ("fill", "none"), ("class", "grid")])
        canvas.svg.open("g", [("fill", canvas.theme.mutedText), ("class", "axis-y")])
        for (v, t) in zip(value.ticks.values, tickText) {
            let pos = valuePosition(v)
            if horizontal {
                canvas.text(t, x: pos, y: p.maxY + 16, anchor: "middle")
            } else {
                canvas.text(t, x: p.x - 8, y: pos + 4, anchor: "end")
            }
        }
        if let v2 = value2 {
            for tv in v2.ticks.values {
                let pos = valuePosition(tv, secondary: true)
                canvas.text(v2.format.string(tv, step: v2.ticks.step), x: p.maxX + 8, y: pos + 4)
            }
        }
        canvas.svg.close("g")
        // The zero line is emphasised when zero lies inside the domain.
        if value.ticks.lower < 0, value.ticks.upper > 0 {
            let z = valuePosition(0)
            let zd = horizontal ? "M\(fmt(z)) \(fmt(p.y))V\(fmt(p.maxY))" : "M\(fmt(p.x)) \(fmt(z))H\(fmt(p.maxX))"
            canvas.svg.empty("path", [("d", zd), ("stroke", canvas.theme.axis), ("fill", "none")])
        }
    }

    /// The category (or time / numeric) axis line and labels.
    func drawCategoryAxis(
        in canvas: inout Canvas, labels: CategoryLabels?, timeTicks: TimeTicks?, linearTicks: NiceTicks?
    ) {
        let p = plot
        let size = Canvas.fontSize
        let axisPath =
            horizontal ? "M\(fmt(p.x)) \(fmt(p.y))V\(fmt(p.maxY))" : "M\(fmt(p.x)) \(fmt(p.maxY))H\(fmt(p.maxX))"
        canvas.svg.empty("path", [("d", axisPath), ("stroke", canvas.theme.axis), ("fill", "none")])
        canvas.svg.open("g", [("fill", canvas.theme.mutedText), ("class", "axis-x")])
        defer { canvas.svg.close("g") }
        if horizontal {
            if case .band(let l) = x {
                let maxW = max(30, p.x - canvas.area.x - 14)
                for (i, label) in l.enumerated() {
                    let shown = TextFit.truncate(label, maxWidth: maxW, size: size)
                    canvas.text(
                        shown, x: p.x - 8, y: position(i) + 4, anchor: "end", tooltip: shown == label ? nil : label)
                }
            } else if let lt = linearTicks, case .linear(_, _, let f) = x {
                for v in lt.values {
                    canvas.text(f.string(v, step: lt.step), x: p.x - 8, y: position(value: v) + 4, anchor: "end")
                }
            }
            return
        }
        if let labels, case .band(let l) = x { drawCategories(l, labels, in: &canvas) }
        if let labels, case .point(let l) = x { drawCategories(l, labels, in: &canvas) }
        if let tt = timeTicks {
            var tickPath = ""
            let a = canvas.area
            for (v, t) in zip(tt.values, tt.labels) {
                let px = position(value: v)
                tickPath += "M\(fmt(px)) \(fmt(p.maxY))v5"
                let half = FontMetrics.width(t, size: size) / 2
                if px + half > a.maxX {
                    canvas.text(t, x: a.maxX, y: p.maxY + 18, anchor: "end")
                } else if px - half < a.x {
                    canvas.text(t, x: a.x, y: p.maxY + 18)
                } else {
                    canvas.text(t, x: px, y: p.maxY + 18, anchor: "middle")
                }
            }
            canvas.svg.empty("path", [("d", tickPath), ("stroke", canvas.theme.axis)])
        }
        if let lt = linearTicks, case .linear(_, _, let f) = x {
            for v in lt.values {
                canvas.text(f.string(v, step: lt.step), x: position(value: v), y: p.maxY + 18, anchor: "middle")
            }
        }
    }

    private func drawCategories(_ l: [String], _ labels: CategoryLabels, in canvas: inout Canvas) {
        let p = plot
        for i in stride(from: 0, to: l.count, by: labels.step) {
            let lines = labels.lines[i]
            let full = l[i]
            let tip = lines.joined(separator: " ") == full ? nil : full
            if labels.rotated {
                canvas.text(
                    lines[0], x: position(i) + 4, y: p.maxY + 14, anchor: "end", rotate: -CategoryLabels.angle,
                    tooltip: tip)
            } else {
                for (k, line) in lines.enumerated() {
                    canvas.text(
                        line, x: position(i), y: p.maxY + 17 + Double(k) * 14, anchor: "middle",
                        tooltip: k == 0 ? tip : nil)
                }
            }
        }
    }

    /// Axis titles: x under the labels, y rotated on the left, y2 on the right.
    func drawTitles(in canvas: inout Canvas, options: ChartOptions, bottomLabels: Double) {
        let p = plot
        let a = canvas.area
        let (bottomTitle, leftTitle) = horizontal ? (options.yTitle, options.xTitle) : (options.xTitle, options.yTitle)
        if let t = bottomTitle, !t.isEmpty {
            let y = horizontal ? p.maxY + 38 : p.maxY + bottomLabels + 18
            canvas.text(
                TextFit.truncate(t, maxWidth: p.width, size: Canvas.fontSize), x: p.midX, y: y, anchor: "middle",
                color: canvas.theme.text)
        }
        if let t = leftTitle, !t.isEmpty {
            canvas.text(
                TextFit.truncate(t, maxWidth: p.height, size: Canvas.fontSize), x: a.x + 12, y: p.midY,
                anchor: "middle", color: canvas.theme.text, rotate: -90)
        }
        if let v2 = value2, let t = v2.title, !t.isEmpty {
            canvas.text(
                TextFit.truncate(t, maxWidth: p.height, size: Canvas.fontSize), x: a.maxX - 6, y: p.midY,
                anchor: "middle", color: canvas.theme.text, rotate: 90)
        }
    }
}
