import Engine

extension KPIBlock {
    /// The KPI as a PDF card: label, formatted value, the change against the comparison (the
    /// HTML card's `KPIChange`), and the sparkline series the HTML card draws.
    func pdfItem(_ context: BlockContext) throws -> PDFItem {
        let (current, kpi) = try kpi(context)
        return .kpi(
            PDFKPI(
                label: kpi.name, value: format.string(current), delta: kpi.changeLine(format: format),
                sparkline: kpi.hasTrend ? kpi.sparkline.compactMap { $0 } : []))
    }
}
