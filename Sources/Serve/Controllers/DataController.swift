import Engine
import Foundation
import Hummingbird

/// `/api/v1/data`: upload (multipart, streamed to disk), list, schema (the profile), delete.
struct DataController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/data/upload", id: "uploadData",
                    "Upload a CSV, TSV, XLSX, JSON or NDJSON file as a new data source (multipart field `file`; all-or-nothing).",
                    tag: "data", access: .authenticated(.uploadData), category: .data,
                    body: RequestBody(
                        contentType: "multipart/form-data", schema: .reference("UploadForm"), required: true),
                    success: (201, .reference("DataSource")), errors: [.serviceUnavailable]),
                upload),
            Endpoint(
                Route(
                    .get, "/api/v1/data/sources", id: "listDataSources", "List your organization's data sources.",
                    tag: "data", access: .authenticated(.readData), category: .data,
                    query: Page.parameters + [
                        QueryParameter(
                            name: "tags", schema: .string(maxLength: 2000),
                            summary: "Comma-separated tags; a source must have all of them."),
                        QueryParameter(
                            name: "created_after", schema: .string(format: "date-time"),
                            summary: "Only sources uploaded after this time."),
                        QueryParameter(
                            name: "file_type", schema: .string(enumeration: FileFormat.allCases.map(\.rawValue)),
                            summary: "Filter by file type."),
                    ],
                    success: (200, .reference("DataSourceList"))),
                list),
            Endpoint(
                Route(
                    .get, "/api/v1/data/sources/{data_source_id}/schema", id: "getDataSourceSchema",
                    "The profile of a data source: per column type, nullability, distinct values and samples; table statistics.",
                    tag: "data", access: .authenticated(.readData), category: .data,
                    success: (200, .reference("DataSourceSchema")), errors: [.serviceUnavailable]),
                schema),
            Endpoint(
                Route(
                    .delete, "/api/v1/data/sources/{data_source_id}", id: "deleteDataSource",
                    "Delete a data source and its data.",
                    tag: "data", access: .authenticated(.deleteData), category: .data,
                    success: (200, .reference("DeletedDataSource"))),
                delete),
        ] + warehouseEndpoints + replaceEndpoints
    }

    @Sendable func upload(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let id = RandomToken.id("ds_")
        let uploadURL = backend.files.uploadURL(of: id)
        defer { try? FileManager.default.removeItem(at: uploadURL) }
        let (form, fileName, format) = try await receiveFile(request, into: uploadURL)
        let name =
            form.fields["data_source_name"]?.first.flatMap { $0.isEmpty ? nil : $0 }
            ?? (fileName as NSString).deletingPathExtension
        guard (1...200).contains(name.count) else {
            throw APIError.validation("data_source_name", "1 to 200 characters.")
        }
        let table = Ingestor.tableName(for: URL(fileURLWithPath: fileName))
        let (input, preload) = keep(uploadURL, id: id, table: table, format: format)
        let record: DataSourceRecord
        do {
            let report = try await ingestFile(
                id: id, from: input, format: format, table: table, organization: identity.organizationID)
            record = DataSourceRecord(
                id: id, organizationID: identity.organizationID, userID: identity.userID, name: name,
                description: form.fields["description"]?.first, fileName: fileName, tableName: table,
                fileType: format.rawValue, fileSize: form.fileSize, rowCount: report.rows,
                columnCount: report.columns.count,
                schema: report.columns.map { .init(name: $0.name, type: $0.type.rawValue) },
                profileJSON: "",
                tags: Self.tags(form.fields["tags"] ?? []), createdAt: backend.epoch)
            do {
                try await backend.dataSources.create(record)
            } catch {
                backend.sources.remove(id)
                throw error
            }
        } catch {
            try? FileManager.default.removeItem(at: input)
            throw error
        }
        prepareInBackground(id: id, table: table, input: input, format: format, preload: preload)
        backend.profileInBackground(record)
        return try JSONBody.response(
            DataSourceDTO(record, withSchema: true), status: .created, message: "Data uploaded")
    }

    /// An ingest error without the server's file path: `line 3, column 5: message`.
    static func describe(_ e: IngestError) -> String {
        var location: [String] = []
        if let line = e.line { location.append("line \(line)") }
        if let column = e.column { location.append("column \(column)") }
        return location.isEmpty ? e.message : location.joined(separator: ", ") + ": " + e.message
    }

    /// Tags from JSON arrays (`["a","b"]`), comma-separated text or repeated fields.
    static func tags(_ values: [String]) -> [String] {
        var out: [String] = []
        for v in values {
            if let data = v.data(using: .utf8), let array = try? JSONCoding.decode([String].self, from: data) {
                out += array
            } else {
                out += v.split(separator: ",").map(String.init)
            }
        }
        var seen = Set<String>()
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    @Sendable func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let query = QueryReader(request)
        let page = try Page(query: query)
        if (query.string("tags")?.count ?? 0) > 2000 { throw APIError.validation("tags", "At most 2000 characters.") }
        var filter = DataSourceFilter(organizationID: identity.organizationID, tags: query.list("tags"))
        if let text = query.string("created_after") {
            guard let date = Timestamp.parse(text) else {
                throw APIError.validation("created_after", "Must be a date-time like 2024-01-15T10:30:00Z.")
            }
            filter.createdAfter = Int64(date.timeIntervalSince1970.rounded(.down))
        }
        filter.fileType = try query.enumeration("file_type", FileFormat.self)?.rawValue
        let (sources, total) = try await backend.dataSources.list(filter, page: page)
        return try JSONBody.response(
            DataSourceListDTO(
                dataSources: sources.map { DataSourceDTO($0, withSchema: false) },
                pagination: Pagination(page: page, total: total)))
    }

    @Sendable func schema(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let id = try context.parameters.require("data_source_id")
        guard let profile = try await backend.storedProfile(id: id, organizationID: identity.organizationID)
        else { throw APIError.notFound }
        // The stored profile is a JSON object; the answer is it with the id in front.
        let body = profile.dropFirst()
        let data = "{\"data_source_id\":\(JSONText.string(id))" + (body.hasPrefix("}") ? "" : ",") + body
        return JSONBody.response(json: data, at: backend.now())
    }

    @Sendable func delete(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let id = try context.parameters.require("data_source_id")
        guard let source = try await backend.dataSources.find(id: id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        try identity.requireOwnership(of: source.userID, "Only administrators can delete other users' data sources.")
        guard try await backend.dataSources.delete(id: id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        backend.sources.remove(id)
        return try JSONBody.response(DeletedDataSourceDTO(dataSourceID: id), message: "Data source deleted")
    }
}
