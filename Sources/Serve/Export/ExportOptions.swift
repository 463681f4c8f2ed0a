import Engine
import Foundation
import Generator

/// The query parameters of the export endpoints, read and bounded by `ExportLimits`: a request
/// can never make the server draw a picture larger than the limits.
struct ExportOptions: Sendable, Equatable {
    var format: ExportFormat
    var width: Int?
    var height: Int?
    /// HiDPI factor of a PNG (its pixels are `width × scale` by `height × scale`).
    var scale = 1
    /// `nil`: the chart's own theme (for a dashboard, its settings).
    var theme: Theme?
    var themeName: String?
    var paper = PDFPageSize.a4
    var landscape = false
    var includeCharts = true

    /// Reads the chart export's parameters (`formats`: the formats allowed), within `limits`.
    init(_ query: QueryReader, formats: [ExportFormat], limits: ExportLimits) throws {
        let sizes = limits.sizes, scales = limits.scales
        var details: [String: String] = [:]
        let allowed = formats.map(\.rawValue).joined(separator: ", ")
        if let text = query.string("format") {
            if let f = ExportFormat(rawValue: text.lowercased()), formats.contains(f) {
                format = f
            } else {
                details["format"] = "One of \(allowed)."
                format = formats[0]
            }
        } else {
            format = formats[0]
        }
        for name in ["width", "height"] {
            guard let text = query.string(name) else { continue }
            if let n = Int(text), sizes.contains(n) {
                if name == "width" { width = n } else { height = n }
            } else {
                details[name] = "Pixels, a whole number from \(sizes.lowerBound) to \(sizes.upperBound)."
            }
        }
        if let text = query.string("scale") {
            if let s = Int(text), scales.contains(s) {
                scale = s
            } else {
                details["scale"] = "A whole number from \(scales.lowerBound) to \(scales.upperBound)."
            }
        }
        if let text = query.string("theme") {
            switch text.lowercased() {
            case "light": theme = .light
            case "dark": theme = .dark
            default: details["theme"] = "light or dark."
            }
            themeName = theme == nil ? nil : text.lowercased()
        }
        if let text = query.string("page_size") {
            if let p = PDFPageSize(rawValue: text.lowercased()) {
                paper = p
            } else {
                details["page_size"] = "One of " + PDFPageSize.allCases.map(\.rawValue).joined(separator: ", ") + "."
            }
        }
        if let text = query.string("orientation") {
            switch text.lowercased() {
            case "portrait": landscape = false
            case "landscape": landscape = true
            default: details["orientation"] = "portrait or landscape."
            }
        }
        if let text = query.string("include_charts") {
            switch text.lowercased() {
            case "true", "1": includeCharts = true
            case "false", "0": includeCharts = false
            default: details["include_charts"] = "true or false."
            }
        }
        guard details.isEmpty else { throw APIError.validation(details) }
    }

    /// Throws `VALIDATION_ERROR` when the PNG of `chart` would have more pixels than
    /// `limits.maximumPixels` (`width × height × scale²`, the chart's own size where not asked).
    func requirePixels(of chart: ChartData, within limits: ExportLimits) throws {
        guard format == .png else { return }
        let w = width ?? chart.options.width ?? 640, h = height ?? chart.options.height ?? 360
        let pixels = w * h * scale * scale
        guard pixels <= limits.maximumPixels else {
            throw APIError.validation(
                "scale",
                "The PNG would have \(pixels) pixels; at most \(limits.maximumPixels) (width × height × scale²).")
        }
    }

    /// A key of everything that changes the answer, for the ETag.
    var key: String {
        [
            format.rawValue, width.map(String.init) ?? "", height.map(String.init) ?? "", String(scale),
            themeName ?? "", paper.rawValue, String(landscape), String(includeCharts),
        ].joined(separator: "|")
    }
}
