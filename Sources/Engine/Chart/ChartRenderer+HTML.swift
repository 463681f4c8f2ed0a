extension ChartRenderer {
    /// Inline style that hides an element visually but keeps it for screen readers.
    static let visuallyHidden =
        "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0"

    /// The chart for HTML contexts: a `<figure>` holding the SVG and a visually hidden data table.
    /// The figure clips its overflow: a table keeps its rows' height however small its box, and
    /// would otherwise make the page (an iframe embed, say) scroll far below the chart.
    static func html(_ chart: ChartData, width: Int? = nil, height: Int? = nil, theme: Theme? = nil) -> String {
        var out = "<figure class=\"aiser-chart\" style=\"margin:0;position:relative;overflow:hidden\">"
        out += svg(chart, width: width, height: height, theme: theme)
        out += dataTable(chart)
        out += "</figure>"
        return out
    }

    /// The visually hidden `<table>` with the chart's data; all text is escaped.
    static func dataTable(_ chart: ChartData) -> String {
        let t = DataTable.rows(chart)
        var out = "<table style=\"\(visuallyHidden)\">"
        out += "<caption>" + Escape.xml(chart.options.title ?? "Chart data") + "</caption><thead><tr>"
        for h in t.header { out += "<th scope=\"col\">" + Escape.xml(h) + "</th>" }
        out += "</tr></thead><tbody>"
        for row in t.rows {
            out += "<tr>"
            for (i, c) in row.enumerated() {
                out += i == 0 ? "<th scope=\"row\">" + Escape.xml(c) + "</th>" : "<td>" + Escape.xml(c) + "</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// A self-contained HTML page showing the chart (no JavaScript), scaled to the window width.
    public static func page(_ chart: ChartData, width: Int? = nil, height: Int? = nil, theme: Theme? = nil) -> String {
        let th = theme ?? Theme.named(chart.options.theme)
        let title = Escape.xml(chart.options.title ?? "Chart")
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>body{margin:0;padding:24px;background:\(Escape.xml(th.background));font-family:\(Escape.xml(th.fontFamily))}\
            .aiser-chart svg{width:100%;height:auto;max-width:\(width ?? chart.options.width ?? 960)px;display:block}</style>
            </head><body>
            \(html(chart, width: width, height: height, theme: th))
            </body></html>

            """
    }
}
