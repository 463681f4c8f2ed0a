/// What a chart kind draws into: the SVG being written, the theme, the resolved options and the
/// area still free for the plot.
struct Canvas {
    var svg: SVGWriter
    let theme: Theme
    let width: Double
    let height: Double
    /// The area left after title, legend and note.
    var area: Rect
    let format: ValueFormat
    let palette: [String]

    static let fontSize = 12.0
    static let smallFont = 11.0

    /// Colour of series `i` (a dataset colour wins).
    func color(_ i: Int, _ dataset: ChartDataset? = nil) -> String {
        if let c = dataset?.color, ColorText.isSafe(c) { return c }
        return palette.isEmpty ? theme.text : palette[i % palette.count]
    }

    /// Writes `text` at `(x, y)`; `anchor` is `start`, `middle` or `end`.
    mutating func text(
        _ text: String, x: Double, y: Double, anchor: String = "start", size: Double = Canvas.fontSize,
        color: String? = nil, bold: Bool = false, rotate: Double? = nil, tooltip: String? = nil
    ) {
        var attrs: [(String, String)] = [("x", fmt(x)), ("y", fmt(y))]
        if anchor != "start" { attrs.append(("text-anchor", anchor)) }
        if size != Canvas.fontSize { attrs.append(("font-size", fmt(size))) }
        if let color { attrs.append(("fill", color)) }
        if bold { attrs.append(("font-weight", "bold")) }
        if let rotate { attrs.append(("transform", "rotate(\(fmt(rotate)) \(fmt(x)) \(fmt(y)))")) }
        svg.open("text", attrs)
        if let tooltip { svg.title(tooltip) }
        svg.appendTrustedMarkup(Escape.xml(text))
        svg.close("text")
    }

    /// A centred "No data" message in the free area.
    mutating func noData(_ message: String = "No data") {
        text(message, x: area.midX, y: area.midY, anchor: "middle", size: 14, color: theme.mutedText)
    }
}

/// Validation of colours taken from options, so they can go into attributes unchanged.
enum ColorText {
    /// `#rgb`, `#rrggbb`, `#rrggbbaa` or a plain CSS colour name.
    static func isSafe(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard !u.isEmpty, u.count <= 32 else { return false }
        if u[0] == UInt8(ascii: "#") {
            return [4, 7, 9].contains(u.count) && u.dropFirst().allSatisfy { isHex($0) }
        }
        return u.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) }
    }

    private static func isHex(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
    }

    /// `#rrggbb` mixed between `a` and `b` at `t` (0…1); `a` when either is not `#rrggbb`.
    static func mix(_ a: String, _ b: String, _ t: Double) -> String {
        guard let ca = rgb(a), let cb = rgb(b) else { return a }
        let k = max(0, min(1, t))
        func ch(_ x: Int, _ y: Int) -> String {
            let v = Int((Double(x) + (Double(y) - Double(x)) * k).rounded())
            let s = String(v, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + ch(ca.0, cb.0) + ch(ca.1, cb.1) + ch(ca.2, cb.2)
    }

    /// Relative luminance (0 dark … 1 light) of `#rrggbb`.
    static func luminance(_ s: String) -> Double {
        guard let c = rgb(s) else { return 0.5 }
        return (0.2126 * Double(c.0) + 0.7152 * Double(c.1) + 0.0722 * Double(c.2)) / 255
    }

    static func rgb(_ s: String) -> (Int, Int, Int)? {
        let u = Array(s.utf8)
        guard u.count == 7, u[0] == UInt8(ascii: "#"), let v = Int(String(s.dropFirst()), radix: 16) else { return nil }
        return ((v >> 16) & 255, (v >> 8) & 255, v & 255)
    }
}
