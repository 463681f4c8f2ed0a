import Foundation

/// A small trend line as inline SVG (the KPI block's sparkline).
enum Sparkline {
    static let width = 120.0, height = 32.0

    static func svg(_ values: [Double], label: String) -> String {
        let lo = values.min() ?? 0, hi = values.max() ?? 1
        let span = hi > lo ? hi - lo : 1
        let step = width / Double(max(values.count - 1, 1))
        let points = values.enumerated().map { i, v in
            let x = Double(i) * step
            let y = height - 2 - (v - lo) / span * (height - 4)
            return String(format: "%.1f,%.1f", x, y)
        }.joined(separator: " ")
        return
            "<svg class=\"sparkline\" role=\"img\" aria-label=\"\(HTML.escape(label))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\"><title>\(HTML.escape(label))</title><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"\(points)\"/></svg>"
    }
}
