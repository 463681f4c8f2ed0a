/// Errors turning SVG into PNG or PDF.
enum RasterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// librsvg could not parse the SVG document.
    case invalidSVG(String)
    /// cairo or librsvg failed while drawing or writing.
    case renderFailed(String)
    /// Width, height, scale or page size out of range.
    case invalidSize(String)

    public var description: String {
        switch self {
        case .invalidSVG(let m): return "The SVG could not be read: \(m)."
        case .renderFailed(let m): return "Rendering failed: \(m)."
        case .invalidSize(let m): return "Invalid output size: \(m)."
        }
    }
}
