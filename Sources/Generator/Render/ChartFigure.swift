import Engine
import Foundation

/// How a chart is drawn into an HTML page, for built pages and served dashboards alike: the
/// Engine's SVG with element ids made unique on the page, and with the `auto` theme both a
/// light and a dark drawing, of which the stylesheet shows the one matching the reader's setting.
enum ChartFigure {
    /// The chart's SVG in `theme`, its title and description ids prefixed with `id`.
    static func drawing(
        _ chart: ChartData, theme: Theme, id: String, width: Int? = nil, height: Int? = nil
    ) -> String {
        ChartRenderer.svg(chart, width: width, height: height, theme: theme)
            .replacingOccurrences(of: "\"chart-title chart-desc\"", with: "\"\(id)-title \(id)-desc\"")
            .replacingOccurrences(of: "id=\"chart-title\"", with: "id=\"\(id)-title\"")
            .replacingOccurrences(of: "id=\"chart-desc\"", with: "id=\"\(id)-desc\"")
    }

    /// The drawing(s) for a page in `pageTheme`; each drawing's ids are `id-<theme>-…`.
    static func variants(
        _ chart: ChartData, pageTheme: PageTheme, id: String, width: Int? = nil, height: Int? = nil
    ) -> String {
        func draw(_ theme: Theme) -> String {
            drawing(chart, theme: theme, id: "\(id)-\(theme.name)", width: width, height: height)
        }
        switch pageTheme {
        case .light: return draw(.light)
        case .dark: return draw(.dark)
        case .auto:
            return "<div class=\"chart-light\">\(draw(.light))</div><div class=\"chart-dark\">\(draw(.dark))</div>"
        }
    }
}
