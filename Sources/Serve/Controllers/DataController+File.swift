import Engine
import Foundation
import Hummingbird

/// The steps an upload and a replacement share: receive the form's file, then build it into a
/// source's SQLite file.
extension DataController {
    /// The form of `request` with its file received into `staging`, the file's name and format;
    /// `VALIDATION_ERROR` on `file` when there is none or its type is not one Aiser reads.
    func receiveFile(_ request: Request, into staging: URL) async throws -> (
        form: MultipartUpload, fileName: String, format: FileFormat
    ) {
        let form = try await MultipartUpload.receive(
            request, limit: backend.settings.uploadLimit, destination: staging)
        guard let fileName = form.fileName else { throw APIError.validation("file", "A file is required.") }
        guard let format = FileFormat(fileExtension: (fileName as NSString).pathExtension) else {
            throw APIError.validation("file", "Unsupported file type; use .csv, .tsv, .xlsx, .json or .ndjson.")
        }
        return (form, fileName, format)
    }

    /// `staging` loaded as `table` into source `id`'s file and profiled, on the store's pool once
    /// the scheduler admits it for `organization`; what the file holds wrong is
    /// `VALIDATION_ERROR` on `file` (with line and column, never the server's path).
    func buildFile(
        id: String, from staging: URL, format: FileFormat, table: String, organization: String
    ) async throws -> (report: LoadReport, profile: TableProfile) {
        try await backend.sources.run(organization: organization) { [files = backend.files] in
            do {
                return try files.build(id: id, upload: staging, format: format, table: table)
            } catch let error as IngestError {
                throw APIError.validation("file", Self.describe(error))
            } catch let error as ProfileError {
                throw APIError.validation("file", "\(error)")
            }
        }
    }

    /// `staging` loaded as `table` into source `id`'s file with the CLI's loader, without the
    /// profile (computed in the background), on the store's pool; errors as `buildFile`'s.
    func ingestFile(
        id: String, from staging: URL, format: FileFormat, table: String, organization: String
    ) async throws -> LoadReport {
        try await backend.sources.run(organization: organization) { [files = backend.files] in
            do {
                return try files.ingest(id: id, upload: staging, format: format, table: table)
            } catch let error as IngestError {
                throw APIError.validation("file", Self.describe(error))
            }
        }
    }

    /// Moves the received `upload` out of the request's way, into a file the artefacts' build
    /// of source `id`'s new data removes when done, and for a CSV or TSV starts loading it into
    /// columns for that build while the request ingests it (unless `AISER_UPLOAD_PRELOAD` is
    /// off). When it cannot be moved, `upload`
    /// itself (removed with the request) and no preload.
    func keep(_ upload: URL, id: String, table: String, format: FileFormat) -> (
        input: URL, preload: ColumnarPreload?
    ) {
        let kept = backend.files.incomingDirectory.appendingPathComponent(RandomToken.id("columnar_"))
        guard rename(upload.path, kept.path) == 0 else { return (upload, nil) }
        guard backend.settings.uploadPreload else { return (kept, nil) }
        return (kept, backend.sources.preloadColumnar(id: id, input: kept, table: table, format: format))
    }

    /// Starts building the NL artefacts of source `id`'s new data in the background from
    /// `input`, the file `keep` moved out of the request's way (removed when done), and its
    /// columns when `preload` loaded them.
    func prepareInBackground(id: String, table: String, input: URL, format: FileFormat, preload: ColumnarPreload?) {
        let version = SourceReader.version(of: backend.files.url(of: id).path)
        backend.sources.buildArtefacts(
            id: id, table: table, input: input, inputVersion: version, format: format, preload: preload)
    }
}
