/// The kinds of chart Aiser draws; the raw value is the `type` of `chart_data`.
public enum ChartType: String, Sendable, Codable, CaseIterable {
    case line, area, bar, pie, donut, scatter, bubble, histogram, heatmap, kpi, table, combo, forecast

    /// Whether the chart has an x and a y axis.
    var isCartesian: Bool {
        switch self {
        case .pie, .donut, .kpi, .table: return false
        default: return true
        }
    }
}
