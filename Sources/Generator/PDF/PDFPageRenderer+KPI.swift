import Engine

extension PDFPageRenderer {
    static let sparkWidth = 56.0, sparkHeight = 22.0

    /// Up to three KPI cards in a row: label, value, delta, and the sparkline (a polyline with
    /// a dot on the last point, the HTML card's `Sparkline.points`) at the card's right.
    func kpis(_ kpis: [PDFKPI], y: Double, height: Double, into svg: inout SVGWriter) {
        let cardGap = 10.0
        let cardW = (layout.contentWidth - cardGap * 2) / 3
        for (i, k) in kpis.enumerated() {
            let cx = layout.margin + Double(i) * (cardW + cardGap)
            svg.empty(
                "rect",
                [
                    ("x", n(cx)), ("y", n(y)), ("width", n(cardW)), ("height", n(height)), ("fill", "#f6f8fa"),
                    ("stroke", "#d1d9e0"), ("rx", "4"),
                ])
            let inner = cardW - 16
            let beside = k.sparkline.isEmpty ? inner : inner - Self.sparkWidth - 8
            text(PDFText.fit(k.label, width: inner, size: 8.5), x: cx + 8, y: y + 15, style: .note, into: &svg)
            text(
                PDFText.fit(k.value, width: beside, size: 17, bold: true), x: cx + 8, y: y + 36,
                style: PDFTextStyle(size: 17, bold: true), into: &svg)
            if let d = k.delta {
                let color = d.hasPrefix("▲") ? "#1a7f37" : (d.hasPrefix("▼") ? "#cf222e" : "#59636e")
                text(
                    PDFText.fit(d, width: beside, size: 8), x: cx + 8, y: y + 50,
                    style: PDFTextStyle(size: 8, color: color), into: &svg)
            }
            if !k.sparkline.isEmpty {
                Sparkline.draw(
                    k.sparkline, x: cx + cardW - 8 - Sparkline.dotRadius - Self.sparkWidth, y: y + 22,
                    width: Self.sparkWidth, height: Self.sparkHeight, color: Self.linkColor, strokeWidth: 1.2,
                    into: &svg)
            }
        }
    }
}
