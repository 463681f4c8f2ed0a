import Engine
import Foundation

/// Writes one chart in an export format with Engine's writers: the SVG renderer (and librsvg
/// for PNG and PDF), the formula-safe CSV writer, the JSON rows writer and the one JSON encoder.
struct ChartExport: Sendable {
    var options: ExportOptions

    func data(_ chart: ChartData, rows: QueryResult) throws -> Data {
        switch options.format {
        case .svg:
            return Data(svg(chart).utf8)
        case .png:
            return try Raster.png(svg: svg(chart), scale: Double(options.scale))
        case .pdf:
            return try Raster.pdf(svg: svg(chart))
        case .html:
            return Data(
                ChartRenderer.page(chart, width: options.width, height: options.height, theme: options.theme).utf8)
        case .csv:
            return Data(CSVWriter().csv(rows).utf8)
        case .json:
            let model = try JSONCoding.string(chart)
            return Data("{\"rows\":\(JSONRowsWriter().json(rows)),\"chart_data\":\(model)}".utf8)
        }
    }

    func svg(_ chart: ChartData) -> String {
        ChartRenderer.svg(chart, width: options.width, height: options.height, theme: options.theme)
    }
}
