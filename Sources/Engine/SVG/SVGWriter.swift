/// Builds SVG markup into one string: the one SVG writer of the chart renderer, the Generator's
/// sparklines and its PDF pages. Attribute values and text are escaped here; numbers are written
/// with at most two decimals (`SVGWriter.number`) so output is compact and byte-identical for
/// equal input.
public struct SVGWriter: Sendable {
    public private(set) var output = ""

    public init(capacity: Int = 8192) { output.reserveCapacity(capacity) }

    /// A coordinate or length as attribute text: at most two decimals, no trailing `.0`
    /// (`12`, `3.14`, `-0.5`); non-finite values are `0`.
    public static func number(_ v: Double) -> String { fmt(v) }

    /// `x,y x,y …`, the `points` of a polyline.
    public static func points(_ points: [(x: Double, y: Double)]) -> String {
        points.map { fmt($0.x) + "," + fmt($0.y) }.joined(separator: " ")
    }

    /// Opens `<name …>`; attributes are escaped.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name
        appendAttributes(attributes)
        output += ">"
    }

    /// Writes a self-closing element `<name …/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        output += "<" + name
        appendAttributes(attributes)
        output += "/>"
    }

    /// Closes `</name>`.
    public mutating func close(_ name: String) { output += "</" + name + ">" }

    /// Writes `<name …>text</name>`, escaping the text.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        output += Escape.xml(text)
        close(name)
    }

    /// Writes a `<title>` tooltip for the enclosing mark.
    public mutating func title(_ text: String) { element("title", text: text) }

    /// Writes an element with a tooltip child: `<name …><title>tip</title></name>`.
    mutating func mark(_ name: String, _ attributes: [(String, String)], tooltip: String?) {
        guard let tooltip else { return empty(name, attributes) }
        open(name, attributes)
        title(tooltip)
        close(name)
    }

    /// Appends markup that an `SVGWriter` or the chart renderer generated (never data); the loud
    /// name is on purpose.
    public mutating func appendTrustedMarkup(_ markup: String) { output += markup }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (k, v) in attributes {
            output += " " + k + "=\"" + Escape.xml(v) + "\""
        }
    }
}

/// Compact, deterministic number text for coordinates.
@inline(__always)
func fmt(_ v: Double) -> String {
    guard v.isFinite else { return "0" }
    let r = (v * 100).rounded() / 100
    if r == r.rounded(), abs(r) < 1e12 { return String(Int64(r)) }
    var s = String(r)
    if s.contains("e") { s = String(Int64(r.rounded())) }
    return s
}
