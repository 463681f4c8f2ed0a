/// The parts around the plot: title and subtitle, legend, note.
enum ChartChrome {
    static func drawHeader(_ options: ChartOptions, in canvas: inout Canvas) {
        var y = canvas.area.y
        let maxW = canvas.area.width
        if let t = options.title, !t.isEmpty {
            let shown = TextFit.truncate(t, maxWidth: maxW, size: 16, bold: true)
            canvas.text(
                shown, x: canvas.area.x, y: y + 15, size: 16, color: canvas.theme.text, bold: true,
                tooltip: shown == t ? nil : t)
            y += 24
        }
        if let s = options.subtitle, !s.isEmpty {
            let shown = TextFit.truncate(s, maxWidth: maxW, size: 12)
            canvas.text(
                shown, x: canvas.area.x, y: y + 12, color: canvas.theme.mutedText, tooltip: shown == s ? nil : s)
            y += 20
        }
        if y > canvas.area.y { y += 4 }
        canvas.area.height -= y - canvas.area.y
        canvas.area.y = y
    }

    static func drawNote(_ note: String?, in canvas: inout Canvas) {
        guard let note, !note.isEmpty else { return }
        let shown = TextFit.truncate(note, maxWidth: canvas.area.width, size: Canvas.smallFont)
        canvas.text(
            shown, x: canvas.area.maxX, y: canvas.area.maxY - 2, anchor: "end", size: Canvas.smallFont,
            color: canvas.theme.mutedText)
        canvas.area.height -= 18
    }

    /// Lays legend entries out in rows that wrap (top/bottom) or a column (right).
    static func drawLegend(_ items: [LegendItem], position: ChartOptions.LegendPosition, in canvas: inout Canvas) {
        guard !items.isEmpty, position != .none else { return }
        let size = Canvas.fontSize
        let a = canvas.area
        var placed: [(LegendItem, String, Double, Double)] = []
        if position == .right {
            let widest = items.reduce(0.0) { max($0, FontMetrics.width($1.label, size: size)) }
            let colW = min(a.width * 0.3, widest + 28)
            var y = a.y + 10
            for item in items {
                guard y < a.maxY - 10 else { break }
                placed.append((item, TextFit.truncate(item.label, maxWidth: colW - 20, size: size), a.maxX - colW, y))
                y += 20
            }
            canvas.area.width -= colW + 8
        } else {
            var rows: [[(LegendItem, String, Double)]] = [[]]
            var x = 0.0
            for item in items {
                let label = TextFit.truncate(item.label, maxWidth: min(220, a.width - 20), size: size)
                let w = 18 + FontMetrics.width(label, size: size) + 16
                if x + w > a.width, !rows[rows.count - 1].isEmpty {
                    rows.append([])
                    x = 0
                }
                rows[rows.count - 1].append((item, label, x))
                x += w
            }
            if rows.count > 3 {
                // Too many rows: a grid of equal columns over three rows, labels shortened to fit.
                let cols = (items.count + 2) / 3
                let colW = a.width / Double(cols)
                rows = (0..<3).map { r in
                    (0..<cols).compactMap { c in
                        let i = r * cols + c
                        guard i < items.count else { return nil }
                        let label = TextFit.truncate(items[i].label, maxWidth: max(20, colW - 26), size: size)
                        return (items[i], label, Double(c) * colW)
                    }
                }
            }
            let h = Double(rows.count) * 20
            let top = position == .top ? a.y : a.maxY - h
            for (r, row) in rows.enumerated() {
                for (item, label, x) in row { placed.append((item, label, a.x + x, top + Double(r) * 20 + 4)) }
            }
            if position == .top { canvas.area.y += h + 4 }
            canvas.area.height -= h + 4
        }
        canvas.svg.open("g", [("class", "legend"), ("fill", canvas.theme.text)])
        for (item, label, x, y) in placed {
            if item.line {
                canvas.svg.empty(
                    "path", [("d", "M\(fmt(x)) \(fmt(y + 7))h12"), ("stroke", item.color), ("stroke-width", "2.5")])
            } else {
                canvas.svg.empty(
                    "rect",
                    [
                        ("x", fmt(x)), ("y", fmt(y + 1)), ("width", "12"), ("height", "12"), ("rx", "2"),
                        ("fill", item.color),
                    ])
            }
            canvas.text(label, x: x + 18, y: y + 11, tooltip: label == item.label ? nil : item.label)
        }
        canvas.svg.close("g")
    }
}
