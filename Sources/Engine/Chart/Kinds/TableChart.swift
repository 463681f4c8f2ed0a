/// A formatted table: the labels are the first column, each dataset a further column; numbers
/// are formatted and right-aligned, rows that do not fit are counted in a last line.
struct TableChart: ChartKind {
    func hasData(_ chart: ChartData) -> Bool {
        !chart.data.labels.isEmpty || chart.data.datasets.contains { !$0.data.isEmpty }
    }

    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] { [] }

    func draw(_ chart: ChartData, in canvas: inout Canvas) {
        let sets = chart.data.datasets
        let hasLabels = !chart.data.labels.isEmpty
        let rows = max(chart.data.labels.count, sets.map(\.data.count).max() ?? 0)
        var header: [String] = hasLabels ? [chart.options.xTitle ?? ""] : []
        header += sets.map(\.label)
        var cells: [[String]] = []
        var numeric: [Bool] = hasLabels ? [false] : []
        for ds in sets { numeric.append(ds.data.contains { $0.number != nil }) }
        let labels =
            chart.isTimeAxis
            ? chart.data.labels.map { TimeTicks.bucketLabel($0, format: chart.dateFormat) } : chart.data.labels
        let a = canvas.area
        let rowH = 24.0
        let fit = max(0, Int((a.height - rowH) / rowH))
        let shown = rows > fit ? max(0, fit - 1) : rows
        for r in 0..<shown {
            var row: [String] = hasLabels ? [r < labels.count ? labels[r] : ""] : []
            for ds in sets {
                guard r < ds.data.count else { row.append(""); continue }
                switch ds.data[r] {
                case .number(let d): row.append(canvas.format.string(d))
                case .text(let s): row.append(s)
                case .point(let p): row.append("\(canvas.format.string(p.x)), \(canvas.format.string(p.y))")
                case .null: row.append("–")
                }
            }
            cells.append(row)
        }
        let size = Canvas.fontSize
        let cols = header.count
        guard cols > 0 else { return }
        var widths = (0..<cols).map { c in
            cells.reduce(FontMetrics.width(header[c], size: size, bold: true)) {
                max($0, FontMetrics.width($1[c], size: size))
            } + 16
        }
        let total = widths.reduce(0, +)
        if total > a.width { widths = widths.map { $0 * a.width / total } }
        canvas.svg.empty(
            "rect",
            [
                ("x", fmt(a.x)), ("y", fmt(a.y)), ("width", fmt(a.width)), ("height", fmt(rowH)),
                ("fill", canvas.theme.grid),
            ])
        var x = a.x
        for c in 0..<cols {
            drawCell(header[c], x: x, w: widths[c], y: a.y + 16, right: numeric[c], bold: true, in: &canvas)
            x += widths[c]
        }
        for (r, row) in cells.enumerated() {
            let y = a.y + rowH * Double(r + 1)
            canvas.svg.empty(
                "path", [("d", "M\(fmt(a.x)) \(fmt(y + rowH))H\(fmt(a.maxX))"), ("stroke", canvas.theme.grid)])
            x = a.x
            for c in 0..<cols {
                drawCell(row[c], x: x, w: widths[c], y: y + 16, right: numeric[c], bold: false, in: &canvas)
                x += widths[c]
            }
        }
        if shown < rows {
            let more = "… \(NumberText.grouped(Double(rows - shown), decimals: 0, trim: true)) more rows"
            canvas.text(more, x: a.x + 8, y: a.y + rowH * Double(shown + 1) + 16, color: canvas.theme.mutedText)
        }
    }

    private func drawCell(
        _ text: String, x: Double, w: Double, y: Double, right: Bool, bold: Bool, in canvas: inout Canvas
    ) {
        let t = TextFit.truncate(text, maxWidth: max(8, w - 16), size: Canvas.fontSize, bold: bold)
        canvas.text(
            t, x: right ? x + w - 8 : x + 8, y: y, anchor: right ? "end" : "start",
            color: bold ? canvas.theme.text : canvas.theme.text, bold: bold, tooltip: t == text ? nil : text)
    }
}
