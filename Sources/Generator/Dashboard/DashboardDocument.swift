import Engine
import Foundation

/// A dashboard drawn as a page of the site layout — the same template, stylesheet (dark mode and
/// print rules included) and chart drawing as `aiser build` output — with its charts placed on a
/// 12-column grid. Used by `aiser serve` for `/dashboards/{id}`.
///
/// ```swift
/// let page = try DashboardDocument(title: "Sales", items: [.init(chart: chart, x: 0, y: 0, w: 6, h: 4)]).html()
/// ```
public struct DashboardDocument: Sendable {
    /// One cell of the grid: a chart, or a placeholder message where a chart is missing.
    public struct Item: Sendable {
        public var chart: ChartData?
        /// Shown instead of the chart when `chart` is `nil`.
        public var message: String
        public var x: Int
        public var y: Int
        public var w: Int
        public var h: Int

        public init(chart: ChartData?, message: String = "This chart is not available.", x: Int, y: Int, w: Int, h: Int)
        {
            self.chart = chart
            self.message = message
            self.x = x
            self.y = y
            self.w = w
            self.h = h
        }
    }

    public var title: String
    public var description: String?
    public var theme: PageTheme
    public var items: [Item]
    /// The name in the page header.
    public var site: String

    /// Pixels per grid column and per grid row the charts are drawn at (scaled by the browser).
    static let columnWidth = 80
    static let rowHeight = 72

    public init(
        title: String, description: String? = nil, theme: PageTheme = .light, items: [Item], site: String = "Aiser"
    ) {
        self.title = title
        self.description = description
        self.theme = theme
        self.items = items
        self.site = site
    }

    /// The page as one self-contained HTML document (inline CSS and SVG, no script).
    public func html() throws -> String {
        try PageLayout().html(
            title: title, site: site, theme: theme, description: description, body: body(), isStatic: false)
    }

    /// The items with their index in `items`, in reading order (top to bottom, left to right).
    var ordered: [(offset: Int, element: Item)] {
        items.enumerated().sorted {
            ($0.element.y, $0.element.x, $0.offset) < ($1.element.y, $1.element.x, $1.offset)
        }
    }

    /// The grid: one cell per item in reading order.
    func body() -> String {
        var out = "<div class=\"dashboard-grid\">\n"
        for (index, item) in ordered {
            let style = "grid-column:\(item.x + 1) / span \(item.w);grid-row:\(item.y + 1) / span \(item.h)"
            if let chart = item.chart {
                let drawing = ChartFigure.variants(
                    chart, pageTheme: theme, id: "item\(index)", width: item.w * Self.columnWidth,
                    height: item.h * Self.rowHeight)
                out +=
                    "<section class=\"dashboard-cell\" style=\"\(style)\"><figure class=\"chart\">\(drawing)</figure></section>\n"
            } else {
                out +=
                    "<section class=\"dashboard-cell placeholder\" style=\"\(style)\"><p>\(HTML.escape(item.message))</p></section>\n"
            }
        }
        return out + "</div>\n"
    }
}
