import Engine
import Foundation

/// A small trend line (the KPI block's sparkline): the series scaled into a `width`×`height`
/// box, drawn as a polyline with a dot on the last point — as inline SVG for the HTML page,
/// and from the same `points` in the PDF KPI card.
enum Sparkline {
    static let width = 120.0, height = 32.0
    /// The radius of the dot on the last point.
    static let dotRadius = 2.0

    /// The series' points in a `width`×`height` box (y down), one per value, left to right,
    /// 2 units of padding above and below: Engine's `KPISparkline`, as the KPI chart places them.
    static func points(_ values: [Double], width: Double = Sparkline.width, height: Double = Sparkline.height) -> [(
        x: Double, y: Double
    )] {
        KPISparkline.points(values, width: width, height: height).compactMap { $0 }
    }

    static func svg(_ values: [Double], label: String) -> String {
        let points = Self.points(values)
        let list = points.map { String(format: "%.1f,%.1f", $0.x, $0.y) }.joined(separator: " ")
        var dot = ""
        if let last = points.last {
            dot = String(
                format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"currentColor\"/>", last.x, last.y, dotRadius)
        }
        return
            "<svg class=\"sparkline\" role=\"img\" aria-label=\"\(HTML.escape(label))\" viewBox=\"-2 0 \(Int(width) + 4) \(Int(height))\" width=\"\(Int(width) + 4)\" height=\"\(Int(height))\"><title>\(HTML.escape(label))</title><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"\(list)\"/>\(dot)</svg>"
    }
}
