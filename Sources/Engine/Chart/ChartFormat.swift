import Foundation

/// The file formats a chart can be written in; the CLI picks one from the output extension, the
/// API from the requested format.
public enum ChartFormat: String, Sendable, Codable, CaseIterable {
    case svg, png, pdf, html, json

    /// The format for a file name's extension (`chart.png` → `.png`), case-insensitive.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }

    /// The MIME type of this format.
    var mimeType: String {
        switch self {
        case .svg: return "image/svg+xml"
        case .png: return "image/png"
        case .pdf: return "application/pdf"
        case .html: return "text/html; charset=utf-8"
        case .json: return "application/json"
        }
    }
}

extension ChartRenderer {
    /// The chart encoded as `format`: SVG, PNG (`scale`× the size, themed background), vector
    /// PDF, a self-contained HTML page, or the `chart_data` JSON (sorted keys).
    public static func data(
        _ chart: ChartData, as format: ChartFormat, width: Int? = nil, height: Int? = nil, scale: Double = 1,
        theme: Theme? = nil
    ) throws -> Data {
        switch format {
        case .svg: return Data(svg(chart, width: width, height: height, theme: theme).utf8)
        case .png: return try Raster.png(svg: svg(chart, width: width, height: height, theme: theme), scale: scale)
        case .pdf: return try Raster.pdf(svg: svg(chart, width: width, height: height, theme: theme))
        case .html: return Data(page(chart, width: width, height: height, theme: theme).utf8)
        case .json:
            return try JSONCoding.encode(chart, pretty: true)
        }
    }
}
