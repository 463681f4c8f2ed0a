/// Draws a chart model as SVG. A pure function of its input: identical input gives
/// byte-identical output.
///
/// ```swift
/// let svg = ChartRenderer.svg(chart, width: 640, height: 360)
/// ```
public enum ChartRenderer {
    /// The chart as a standalone SVG document (`viewBox`-based, `role="img"`, `<title>`, `<desc>`).
    /// `theme` overrides the theme named in the options.
    /// `transparent` leaves out the background (for PNGs over other content).
    public static func svg(
        _ chart: ChartData, width: Int? = nil, height: Int? = nil, theme: Theme? = nil, transparent: Bool = false
    ) -> String {
        let w = Double(max(120, min(width ?? chart.options.width ?? 640, 8000)))
        let h = Double(max(80, min(height ?? chart.options.height ?? 360, 8000)))
        let prepared = ChartPreparation.prepare(chart)
        let th = theme ?? Theme.named(chart.options.theme)
        var palette = th.palette
        if let colors = chart.options.colors?.filter(ColorText.isSafe), !colors.isEmpty { palette = colors }
        var canvas = Canvas(
            svg: SVGWriter(capacity: 4096 + prepared.data.labels.count * 160),
            theme: th, width: w, height: h, area: Rect(x: 12, y: 10, width: w - 24, height: h - 20),
            format: prepared.options.numberFormat ?? .plain, palette: palette)
        let title = chart.options.title ?? ""
        let summary = ChartSummary.sentence(prepared)
        canvas.svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(fmt(w)) \(fmt(h))"),
                ("width", fmt(w)), ("height", fmt(h)), ("role", "img"),
                ("aria-labelledby", "chart-title chart-desc"),
                ("font-family", th.fontFamily), ("font-size", fmt(Canvas.fontSize)),
            ])
        canvas.svg.element("title", [("id", "chart-title")], text: title.isEmpty ? "Chart" : title)
        canvas.svg.element("desc", [("id", "chart-desc")], text: summary)
        if !transparent {
            canvas.svg.empty(
                "rect", [("width", "100%"), ("height", "100%"), ("fill", th.background), ("class", "background")])
        }
        ChartChrome.drawHeader(prepared.options, in: &canvas)
        ChartChrome.drawNote(prepared.options.note, in: &canvas)
        let kind = ChartKinds.kind(for: prepared.type)
        if kind.hasData(prepared) {
            let round = prepared.type == .pie || prepared.type == .donut
            let position = prepared.options.legend ?? (round ? .right : .top)
            ChartChrome.drawLegend(kind.legend(prepared, canvas: canvas), position: position, in: &canvas)
            kind.draw(prepared, in: &canvas)
        } else {
            canvas.noData()
        }
        canvas.svg.close("svg")
        return canvas.svg.output
    }
}
