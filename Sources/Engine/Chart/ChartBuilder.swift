/// Builds the chart model from a query result and an encoding. Chart blocks of the Generator,
/// `aiser chart` and `Analytics.chart` make charts this way. The natural-language engine does not:
/// its answers post-process the result (share, growth, ratio, pivoted series) and build their
/// `ChartData` in `ChartMaker`, so an answer is one `ChartData` on every surface all the same.
///
/// ```swift
/// let chart = try ChartBuilder.build(result, type: .line,
///     encoding: ChartEncoding(x: "month", y: ["revenue"], grain: .month), options: ChartOptions(title: "Revenue"))
/// ```
public enum ChartBuilder {
    public static func build(
        _ result: QueryResult, type: ChartType, encoding e: ChartEncoding, options: ChartOptions = ChartOptions()
    ) throws -> ChartData {
        let table = Columns(result)
        for name in [e.x, e.series, e.size, e.color].compactMap({ $0 }) + e.y { _ = try table.index(name) }
        var chart: ChartData
        switch type {
        case .scatter, .bubble:
            chart = try points(table, type: type, e)
        case .histogram:
            guard let col = e.y.first ?? e.x else { throw ChartError.missingEncoding("a numeric column to bin") }
            let i = try table.index(col)
            chart = ChartData(
                type: .histogram,
                datasets: [ChartDataset(label: col, data: result.rows.map { ChartBuilder.value($0[i]) })])
        case .table:
            chart = try self.table(table, e)
        case .kpi:
            chart = try kpi(table, e)
        default:
            guard let x = e.x else { throw ChartError.missingEncoding("an x column") }
            guard !e.y.isEmpty || e.aggregate == .count else {
                throw ChartError.missingEncoding("at least one y measure")
            }
            if type == .heatmap, e.series == nil {
                throw ChartError.missingEncoding("a series column for the heatmap rows")
            }
            let groups = try Grouping(table, x: x, measures: e.y, series: e.series, e)
            chart = ChartData(type: type, labels: groups.labels, datasets: groups.datasets)
            if let note = groups.note { chart.options.note = note }
            if type == .combo {
                for i in chart.data.datasets.indices {
                    chart.data.datasets[i].type = i == 0 ? .bar : .line
                    if i > 0 { chart.data.datasets[i].axis = "y2" }
                }
            }
        }
        let note = chart.options.note
        chart.options = options
        if let note { chart.options.note = [options.note, note].compactMap { $0 }.joined(separator: " · ") }
        if chart.options.xTitle == nil, let x = e.x, type != .kpi { chart.options.xTitle = x }
        if chart.options.yTitle == nil, e.y.count == 1, e.series == nil,
            ![.pie, .donut, .kpi, .table, .heatmap].contains(type)
        {
            chart.options.yTitle = e.y[0]
        }
        return chart
    }

    /// A result cell as a chart value: numbers stay numbers, text stays text.
    static func value(_ v: SQLValue) -> ChartValue {
        switch v {
        case .null: return .null
        case .integer(let i): return .number(Double(i))
        case .real(let d): return d.isFinite ? .number(d) : .null
        case .text(let s): return .text(s)
        case .blob: return .text(v.string ?? "")
        }
    }

    /// The label of an x / series cell.
    static func label(_ v: SQLValue) -> String { v.isNull ? "(blank)" : (v.string ?? "") }
}
