import Foundation

/// How category labels along an axis fit their slots: straight, wrapped onto two lines, or
/// rotated and thinned; too-long labels are truncated (the full text goes into a tooltip).
struct CategoryLabels {
    var lines: [[String]]
    var rotated: Bool
    /// Draw every `step`-th label.
    var step: Int
    /// Vertical space the labels need below the axis.
    var height: Double

    static let angle = 40.0

    init(_ labels: [String], slot: Double, maxRotatedLength: Double) {
        let size = Canvas.fontSize
        let widest = labels.reduce(0.0) { max($0, FontMetrics.width($1, size: size)) }
        if widest <= slot - 6 {
            lines = labels.map { [$0] }
            rotated = false
            step = 1
            height = 18
            return
        }
        if slot >= 44 {
            let maxLines = slot >= 70 ? 3 : 2
            let wrapped = labels.map { TextFit.wrap($0, maxWidth: slot - 6, size: size, maxLines: maxLines) }
            let cut = zip(wrapped, labels).filter {
                $0.0.joined(separator: " ") != $0.1.split(separator: " ").joined(separator: " ")
            }
            // Wide slots always wrap (horizontal text reads best); narrow ones only when little is cut.
            if slot >= 60 || cut.count * 3 <= labels.count {
                lines = wrapped
                rotated = false
                step = 1
                height = 4 + 14 * Double(wrapped.map(\.count).max() ?? 1)
                return
            }
        }
        let maxLen = max(30, maxRotatedLength)
        lines = labels.map { [TextFit.truncate($0, maxWidth: maxLen, size: size)] }
        rotated = true
        let need = (size * 1.35) / sin(CategoryLabels.angle * .pi / 180)
        step = max(1, Int((need / max(slot, 0.01)).rounded(.up)))
        let used = lines.reduce(0.0) { max($0, FontMetrics.width($1[0], size: size)) }
        height = used * sin(CategoryLabels.angle * .pi / 180) + size * 1.6
    }
}
