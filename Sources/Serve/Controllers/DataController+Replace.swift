import Engine
import Foundation
import Hummingbird

extension DataController {
    var replaceEndpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .put, "/api/v1/data/sources/{data_source_id}/file", id: "replaceDataSourceFile",
                    "Replace a data source's data with a new file (multipart field `file`; the formats, limit and all-or-nothing rule of upload), keeping its id: its charts are recomputed from the new data.",
                    tag: "data", access: .authenticated(.uploadData), category: .data,
                    body: RequestBody(
                        contentType: "multipart/form-data", schema: .reference("UploadForm"), required: true),
                    success: (200, .reference("DataSource"))),
                replace)
        ]
    }

    /// Builds the new file beside the old one and renames it into place, so a failed upload
    /// leaves the source as it was and readers see either the old data or the new. Then each
    /// chart of the source is asked again and stored with the new numbers; a chart whose
    /// question the new data does not answer keeps its last drawing (its export answers 422).
    @Sendable func replace(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let id = try context.parameters.require("data_source_id")
        guard var source = try await backend.dataSources.find(id: id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        try identity.requireOwnership(of: source.userID, "Only administrators can replace other users' data.")
        guard source.warehouse == nil else {
            throw APIError.validation(
                "data_source_id", "A warehouse source has no file to replace; its data is the warehouse's.")
        }
        let uploadURL = backend.files.uploadURL(of: RandomToken.id("replace_"))
        defer { try? FileManager.default.removeItem(at: uploadURL) }
        let (form, fileName, format) = try await receiveFile(request, into: uploadURL)
        let table = source.tableName
        let (input, preload) = keep(uploadURL, id: id, table: table, format: format)
        do {
            let (report, profile) = try await buildFile(
                id: id, from: input, format: format, table: table, organization: identity.organizationID)
            source.fileName = fileName
            source.fileType = format.rawValue
            source.fileSize = form.fileSize
            source.rowCount = report.rows
            source.columnCount = report.columns.count
            source.schema = report.columns.map { .init(name: $0.name, type: $0.type.rawValue) }
            source.profileJSON = profile.jsonText()
            guard try await backend.dataSources.replaceFile(source, by: identity.userID, at: backend.epoch) else {
                throw APIError.notFound
            }
        } catch {
            try? FileManager.default.removeItem(at: input)
            throw error
        }
        prepareInBackground(id: id, table: table, input: input, format: format, preload: preload)
        try await refreshCharts(of: source)
        backend.embedChanged(source.organizationID, .source(source.id))
        return try JSONBody.response(DataSourceDTO(source, withSchema: true), message: "Data replaced")
    }

    /// Stores every chart of `source` recomputed from its current data.
    func refreshCharts(of source: DataSourceRecord) async throws {
        var filter = ChartFilter(organizationID: source.organizationID)
        filter.dataSourceID = source.id
        var page = Page(number: 1, limit: 100)
        while true {
            let (charts, total) = try await backend.charts.list(filter, page: page)
            for var chart in charts {
                guard let current = try? await backend.currentChart(chart) else { continue }
                chart.chartData = current.chart
                chart.updatedAt = backend.epoch
                _ = try await backend.charts.update(chart)
            }
            if page.number * page.limit >= total { break }
            page.number += 1
        }
    }
}
