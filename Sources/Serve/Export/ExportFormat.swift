/// What `GET /export/chart/{chart_id}` and `GET /export/dashboard/{dashboard_id}` can answer:
/// pictures (PNG from the SVG through librsvg, vector PDF, SVG), data (CSV, JSON) and a
/// self-contained HTML page.
enum ExportFormat: String, Sendable, CaseIterable {
    case png, pdf, svg, csv, json, html

    /// The formats of a dashboard export.
    static let dashboard: [ExportFormat] = [.pdf, .html]

    var contentType: String {
        switch self {
        case .png: "image/png"
        case .pdf: "application/pdf"
        case .svg: "image/svg+xml"
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json"
        case .html: "text/html; charset=utf-8"
        }
    }

    /// Whether `width`, `height` and `theme` change the answer.
    var isPicture: Bool { self == .png || self == .pdf || self == .svg || self == .html }
}
