/// The `options` member of `chart_data`. Every field is optional in JSON; defaults are documented
/// per field and in `site/pages/reference/charts.md`.
public struct ChartOptions: Sendable, Hashable, Codable {
    /// Where the legend goes.
    public enum LegendPosition: String, Sendable, Codable { case top, bottom, right, none }

    public var title: String?
    public var subtitle: String?
    /// Axis titles; `yTitle2` is the secondary axis of combo charts.
    public var xTitle: String?
    public var yTitle: String?
    public var yTitle2: String?
    /// Number format of values (default: plain with automatic decimals).
    public var numberFormat: ValueFormat?
    /// Number format of the secondary axis (combo).
    public var numberFormat2: ValueFormat?
    /// `light` (default) or `dark`; a custom `Theme` can be passed to the renderer instead.
    public var theme: String?
    /// Legend position (default: top when there are several series, else none).
    public var legend: LegendPosition?
    /// Stack series (bar, area).
    public var stacked: Bool?
    /// Stack to 100 % (bar, area); implies `stacked`.
    public var normalized: Bool?
    /// Draw bars horizontally (category axis on the left).
    public var horizontal: Bool?
    /// Palette override, CSS colours.
    public var colors: [String]?
    /// Preferred size in px; the SVG still scales through its `viewBox`.
    public var width: Int?
    public var height: Int?
    /// Time labels as a strftime-style pattern (`%b %Y`, `%Y-%m-%d`, `Q%q %Y`; see `TimeLabelFormat`);
    /// absent means calendar-aware automatic labels.
    public var dateFormat: String?
    /// Treat labels as a time axis: `true`/`false`; absent means detect from the labels.
    public var timeAxis: Bool?
    /// A short note drawn under the chart, e.g. `Top 50 of 10,000`.
    public var note: String?
    /// Histogram: number of bins (default Freedman–Diaconis, Sturges fallback).
    public var bins: Int?
    /// KPI: a fall is good news (churn, costs), so it is coloured as positive.
    public var lowerIsBetter: Bool?
    /// Bar charts with more categories than this show the top ones by value (default 50).
    public var maxCategories: Int?

    public init(
        title: String? = nil, subtitle: String? = nil, xTitle: String? = nil, yTitle: String? = nil,
        numberFormat: ValueFormat? = nil, theme: String? = nil, legend: LegendPosition? = nil,
        stacked: Bool? = nil, normalized: Bool? = nil, horizontal: Bool? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.numberFormat = numberFormat
        self.theme = theme
        self.legend = legend
        self.stacked = stacked
        self.normalized = normalized
        self.horizontal = horizontal
    }
}
