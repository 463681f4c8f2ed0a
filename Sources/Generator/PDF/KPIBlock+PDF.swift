import Engine

extension KPIBlock {
    /// The KPI as a PDF card: label, formatted value, the change against the comparison, and
    /// the sparkline series the HTML card draws.
    func pdfItem(_ context: BlockContext) throws -> PDFItem {
        let (current, previous, series) = try numbers(context)
        let label = try context.text(title ?? value, at: location)
        var delta: String?
        if let previous, let now = current.double, previous != 0 {
            let change = (now - previous) / abs(previous)
            let arrow = change > 0 ? "▲" : (change < 0 ? "▼" : "■")
            delta = "\(arrow) \(ValueFormat.percent.string(change)) vs \(format.string(previous))"
        }
        return .kpi(
            PDFKPI(label: label, value: format.string(current), delta: delta, sparkline: series.count > 1 ? series : [])
        )
    }
}
