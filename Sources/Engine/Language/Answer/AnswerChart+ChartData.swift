extension AnswerChart {
    /// The chart model the renderer draws (SVG, PNG, HTML), titled with `title`.
    public func chartData(title: String? = nil) -> ChartData {
        let kind = ChartType(rawValue: type) ?? .bar
        let sets: [ChartDataset]
        if kind == .scatter {
            sets = [
                ChartDataset(
                    label: datasets.first?.label ?? "", data: points.map { .point(ChartPoint(x: $0.0, y: $0.1)) })
            ]
        } else {
            sets = datasets.map { s in
                ChartDataset(label: s.label, data: s.data.map { $0.map(ChartValue.number) ?? .null })
            }
        }
        var chart = ChartData(type: kind, labels: labels, datasets: sets)
        chart.options.title = title
        return chart
    }
}
