import Engine
import Foundation
import Generator
import Hummingbird

/// `/api/v1/export`: a chart as PNG, PDF, SVG, CSV, JSON or HTML, and a dashboard as PDF or
/// HTML, computed from the current data of their sources and drawn by the Engine's chart
/// renderer and Generator's dashboard document.
struct ExportController: Controller {
    let backend: Backend

    /// `width`, `height` and `theme`, bounded by the server's export limits.
    var pictureParameters: [QueryParameter] {
        let sizes = backend.settings.export.sizes
        return [
            QueryParameter(
                name: "width", schema: .integer(minimum: sizes.lowerBound, maximum: sizes.upperBound),
                summary: "Width in pixels (picture formats; default the chart's own)."),
            QueryParameter(
                name: "height", schema: .integer(minimum: sizes.lowerBound, maximum: sizes.upperBound),
                summary: "Height in pixels (picture formats; default the chart's own)."),
            QueryParameter(
                name: "theme", schema: .string(enumeration: ["light", "dark"]),
                summary: "Colour theme (default the chart's own)."),
        ]
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .get, "/api/v1/export/chart/{chart_id}", id: "exportChart",
                    "A chart as a file, computed from its source's current data: png (librsvg, `scale` for HiDPI), pdf (vector), svg, csv (formula-safe rows), json ({rows, chart_data}) or html (self-contained). Repeated exports of an unchanged chart come from the export cache; ETag and If-None-Match (304).",
                    tag: "export", access: .authenticated(.readData), category: .analytics,
                    query: [
                        QueryParameter(
                            name: "format", schema: .string(enumeration: ExportFormat.allCases.map(\.rawValue)),
                            summary: "File format (default png).")
                    ] + pictureParameters + [
                        QueryParameter(
                            name: "scale",
                            schema: .integer(
                                minimum: backend.settings.export.scales.lowerBound,
                                maximum: backend.settings.export.scales.upperBound),
                            summary: "PNG pixel ratio (default 1): 2 for HiDPI screens.")
                    ],
                    success: (200, .any), enveloped: false,
                    produces: ExportFormat.allCases.map(\.contentType).joined(separator: ",")),
                chart),
            Endpoint(
                Route(
                    .get, "/api/v1/export/dashboard/{dashboard_id}", id: "exportDashboard",
                    "A dashboard as a file from current data: pdf (vector, paginated, a chart never split, title and page numbers in the footer) or html (self-contained). ETag and If-None-Match (304).",
                    tag: "export", access: .authenticated(.readData), category: .analytics,
                    query: [
                        QueryParameter(
                            name: "format", schema: .string(enumeration: ExportFormat.dashboard.map(\.rawValue)),
                            summary: "File format (default pdf)."),
                        QueryParameter(
                            name: "include_charts", schema: .boolean,
                            summary: "Draw the charts (default true); false lists their titles."),
                        QueryParameter(
                            name: "page_size", schema: .string(enumeration: PDFPageSize.allCases.map(\.rawValue)),
                            summary: "PDF paper (default a4)."),
                        QueryParameter(
                            name: "orientation", schema: .string(enumeration: ["portrait", "landscape"]),
                            summary: "PDF orientation (default portrait)."),
                        pictureParameters[2],
                    ],
                    success: (200, .any), enveloped: false,
                    produces: ExportFormat.dashboard.map(\.contentType).joined(separator: ",")),
                dashboard),
        ]
    }

    @Sendable func chart(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let limits = backend.settings.export
        let options = try ExportOptions(QueryReader(request), formats: ExportFormat.allCases, limits: limits)
        let id = try context.parameters.require("chart_id")
        guard let record = try await backend.charts.find(id: id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        // A warehouse's data changes without Aiser knowing: its charts' exports are made afresh
        // every time, not cached, their ETag the hash of the bytes made.
        let fromWarehouse =
            try await backend.dataSources.find(id: record.dataSourceID, organizationID: record.organizationID)?
            .warehouse != nil
        let key = ExportCache.Key(
            chartID: record.id, chartVersion: record.version,
            dataVersion: SourceReader.version(of: backend.files.url(of: record.dataSourceID).path) ?? "none",
            options: options.key)
        if !fromWarehouse, ExportFile.matches(request, etag: key.etag) { return ExportFile.notModified(etag: key.etag) }
        if !fromWarehouse, let kept = backend.exports.entry(key) {
            backend.metrics.exportCache(hit: true)
            return ExportFile(bytes: kept.bytes, format: options.format, title: kept.title, etag: key.etag)
                .response(to: request)
        }
        backend.metrics.exportCache(hit: false)
        let (chart, rows) = try await backend.currentChart(record)
        try options.requirePixels(of: chart, within: limits)
        let title = chart.options.title ?? record.title ?? record.query
        let bytes = try await backend.sources.run(organization: record.organizationID) {
            try ChartExport(options: options).data(chart, rows: rows)
        }
        if !fromWarehouse { backend.exports.keep(.init(bytes: bytes, title: title), for: key) }
        let etag = fromWarehouse ? ExportFile.etag(of: bytes) : key.etag
        return ExportFile(bytes: bytes, format: options.format, title: title, etag: etag).response(to: request)
    }

    @Sendable func dashboard(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let options = try ExportOptions(
            QueryReader(request), formats: ExportFormat.dashboard, limits: backend.settings.export)
        let id = try context.parameters.require("dashboard_id")
        guard let record = try await backend.dashboards.find(id: id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        var items: [DashboardDocument.Item] = []
        for item in record.layout {
            let p = item.position
            var cell = DashboardDocument.Item(
                chart: nil, message: DashboardItemDTO.deletedMessage, x: p.x, y: p.y, w: p.w, h: p.h)
            if let chart = try await backend.charts.find(id: item.chartID, organizationID: record.organizationID) {
                do {
                    cell.chart = try await backend.currentChart(chart).chart
                } catch let error as APIError {
                    cell.message = error.details.values.first ?? error.message
                }
            }
            items.append(cell)
        }
        let theme = options.themeName.flatMap(PageTheme.init(rawValue:)) ?? PageTheme(rawValue: record.settings.theme)
        let document = DashboardDocument(
            title: record.name, description: record.description, theme: theme ?? .light, items: items)
        let bytes = try await backend.sources.run(organization: record.organizationID) { () -> Data in
            if options.format == .pdf {
                return try document.pdf(
                    paper: options.paper, landscape: options.landscape, includeCharts: options.includeCharts)
            }
            var shown = document
            if !options.includeCharts {
                shown.items = document.items.map { item in
                    var out = item
                    if let chart = item.chart { out.message = chart.options.title ?? "Chart" }
                    out.chart = nil
                    return out
                }
            }
            return Data(try shown.html().utf8)
        }
        return ExportFile(bytes: bytes, format: options.format, title: record.name, etag: ExportFile.etag(of: bytes))
            .response(to: request)
    }
}
