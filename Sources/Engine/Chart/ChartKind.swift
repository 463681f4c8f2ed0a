/// One family of chart types. Each implementation lives in `Chart/Kinds/` and draws into the
/// area the renderer leaves after title, legend and note.
protocol ChartKind: Sendable {
    /// Whether there is anything to draw; otherwise the renderer shows "No data".
    func hasData(_ chart: ChartData) -> Bool
    /// Legend entries (label, colour); empty for none.
    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem]
    /// Draws the chart into `canvas.area`.
    func draw(_ chart: ChartData, in canvas: inout Canvas)
}

/// One legend entry.
struct LegendItem: Equatable {
    var label: String
    var color: String
    /// `line` draws a short stroke instead of a square.
    var line: Bool = false
}

extension ChartKind {
    /// Default: any finite number in any dataset.
    func hasData(_ chart: ChartData) -> Bool {
        chart.data.datasets.contains { $0.data.contains { $0.number != nil } }
    }

    /// Default: one entry per dataset when there are several.
    func legend(_ chart: ChartData, canvas: Canvas) -> [LegendItem] {
        guard chart.data.datasets.count > 1 else { return [] }
        return chart.data.datasets.enumerated().map { LegendItem(label: $1.label, color: canvas.color($0, $1)) }
    }
}

/// The implementation for each chart type.
enum ChartKinds {
    static func kind(for type: ChartType) -> any ChartKind {
        switch type {
        case .line: return LineChart(filled: false)
        case .area: return LineChart(filled: true)
        case .bar: return BarChart()
        case .pie: return PieChart(donut: false)
        case .donut: return PieChart(donut: true)
        case .scatter: return ScatterChart(bubble: false)
        case .bubble: return ScatterChart(bubble: true)
        case .histogram: return HistogramChart()
        case .heatmap: return HeatmapChart()
        case .kpi: return KPIChart()
        case .table: return TableChart()
        case .combo: return ComboChart()
        case .forecast: return ForecastChart()
        }
    }
}
