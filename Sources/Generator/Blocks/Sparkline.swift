import Engine

/// A small trend line (the KPI block's sparkline): the series scaled into a box, drawn by
/// Engine's `SVGWriter` as a polyline with a dot on the last point — as inline SVG for the HTML
/// page, and the same way on the PDF KPI card.
enum Sparkline {
    static let width = 120.0, height = 32.0
    /// The radius of the dot on the last point.
    static let dotRadius = 2.0

    /// The series' points in a `width`×`height` box (y down), one per value, left to right,
    /// 2 units of padding above and below: Engine's `KPISparkline`, as the KPI chart places them.
    static func points(
        _ values: [Double], x: Double = 0, y: Double = 0, width: Double = Sparkline.width,
        height: Double = Sparkline.height
    ) -> [(x: Double, y: Double)] {
        KPISparkline.points(values, x: x, y: y, width: width, height: height).compactMap { $0 }
    }

    /// The polyline and the last point's dot in the box at `x`, `y`.
    static func draw(
        _ values: [Double], x: Double, y: Double, width: Double, height: Double, color: String, strokeWidth: Double,
        into svg: inout SVGWriter
    ) {
        let points = Self.points(values, x: x, y: y, width: width, height: height)
        svg.empty(
            "polyline",
            [
                ("fill", "none"), ("stroke", color), ("stroke-width", SVGWriter.number(strokeWidth)),
                ("stroke-linejoin", "round"), ("points", SVGWriter.points(points)),
            ])
        if let last = points.last {
            svg.empty(
                "circle",
                [
                    ("cx", SVGWriter.number(last.x)), ("cy", SVGWriter.number(last.y)),
                    ("r", SVGWriter.number(dotRadius)), ("fill", color),
                ])
        }
    }

    /// The HTML card's sparkline: an inline `<svg>` titled `label`, in the text colour.
    static func svg(_ values: [Double], label: String) -> String {
        var svg = SVGWriter(capacity: 1024)
        svg.open(
            "svg",
            [
                ("class", "sparkline"), ("role", "img"), ("aria-label", label),
                ("viewBox", "-2 0 \(Int(width) + 4) \(Int(height))"), ("width", "\(Int(width) + 4)"),
                ("height", "\(Int(height))"),
            ])
        svg.title(label)
        draw(values, x: 0, y: 0, width: width, height: height, color: "currentColor", strokeWidth: 1.5, into: &svg)
        svg.close("svg")
        return svg.output
    }
}
