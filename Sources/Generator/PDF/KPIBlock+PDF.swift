import Engine

extension KPIBlock {
    /// The KPI as a PDF card: label, formatted value and the change against the comparison.
    func pdfItem(_ context: BlockContext) throws -> PDFItem {
        let (current, previous, _) = try numbers(context)
        let label = try context.text(title ?? value, at: location)
        var delta: String?
        if let previous, let now = current.double, previous != 0 {
            let change = (now - previous) / abs(previous)
            let arrow = change > 0 ? "▲" : (change < 0 ? "▼" : "■")
            delta = "\(arrow) \(DisplayFormat.percent.format(.real(change))) vs \(format.format(.real(previous)))"
        }
        return .kpi(label: label, value: format.format(current), delta: delta)
    }
}
