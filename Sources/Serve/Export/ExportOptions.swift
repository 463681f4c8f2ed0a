import Engine
import Foundation
import Generator

/// The query parameters of the export endpoints, read and bounded: a request can never make
/// the server draw a picture larger than `sizes` in either direction.
struct ExportOptions: Sendable, Equatable {
    static let sizes = 100...4000
    static let scales = 1...4

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

    /// Reads the chart export's parameters (`formats`: the formats allowed).
    init(_ query: QueryReader, formats: [ExportFormat]) throws {
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
            if let n = Int(text), Self.sizes.contains(n) {
                if name == "width" { width = n } else { height = n }
            } else {
                details[name] = "Pixels, a whole number from \(Self.sizes.lowerBound) to \(Self.sizes.upperBound)."
            }
        }
        if let text = query.string("scale") {
            if let s = Int(text), Self.scales.contains(s) {
                scale = s
            } else {
                details["scale"] = "A whole number from \(Self.scales.lowerBound) to \(Self.scales.upperBound)."
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

    /// A key of everything that changes the answer, for the ETag.
    var key: String {
        [
            format.rawValue, width.map(String.init) ?? "", height.map(String.init) ?? "", String(scale),
            themeName ?? "", paper.rawValue, String(landscape), String(includeCharts),
        ].joined(separator: "|")
    }
}
