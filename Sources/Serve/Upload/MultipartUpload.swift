import Foundation
import Hummingbird
import NIOCore

/// A multipart/form-data request received incrementally: the `file` part streamed to a file on
/// disk, the other (small) fields kept in memory. Crossing `limit` bytes stops reading at once.
struct MultipartUpload {
    /// The values of each non-file field, in order.
    var fields: [String: [String]] = [:]
    /// The client's name for the uploaded file, when a `file` part was present.
    var fileName: String?
    var fileSize: Int64 = 0

    static let maximumFieldBytes = 64 * 1024

    /// The boundary of a `multipart/form-data` content type, or `UNSUPPORTED_MEDIA_TYPE`.
    static func boundary(of request: Request) throws -> String {
        let type = request.headers[.contentType] ?? ""
        let parts = ContentDisposition.split(type).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data",
            let b = parts.dropFirst().first(where: { $0.lowercased().hasPrefix("boundary=") })
        else { throw APIError(.unsupportedMediaType, "The upload must be multipart/form-data.") }
        var boundary = String(b.dropFirst("boundary=".count))
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
            boundary = String(boundary.dropFirst().dropLast())
        }
        guard (1...70).contains(boundary.count) else {
            throw APIError.validation("Content-Type", "Invalid multipart boundary.")
        }
        return boundary
    }

    /// Reads the request body chunk by chunk through `FormDataParser`, writing the `file` part
    /// to `destination` as it arrives.
    static func receive(_ request: Request, limit: Int, destination: URL) async throws -> MultipartUpload {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIError(.payloadTooLarge, "The upload is larger than the limit of \(limit) bytes.")
        }
        let boundary = try boundary(of: request)
        let state = State(destination: destination)
        var parser = FormDataParser(boundary: boundary)
        defer { state.closeFile() }
        var total = 0
        do {
            for try await chunk in request.body {
                total += chunk.readableBytes
                if total > limit {
                    throw APIError(.payloadTooLarge, "The upload is larger than the limit of \(limit) bytes.")
                }
                try parser.feed(chunk.readableBytesView) { try state.handle($0) }
            }
            try parser.finish()
        } catch let error as APIError {
            throw error
        } catch let error as FormDataError {
            throw APIError.validation("body", "The multipart body is malformed: \(error)")
        } catch {
            throw APIError.validation("body", "The multipart body is malformed.")
        }
        guard state.finishedParts > 0 else {
            throw APIError.validation("body", "The multipart body is malformed or empty.")
        }
        return state.upload
    }

    /// Parser callbacks' shared state (used from one task only).
    private final class State {
        let destination: URL
        var upload = MultipartUpload()
        var headers: [String: String] = [:]
        var disposition: ContentDisposition?
        var fieldBytes: [UInt8] = []
        var file: FileHandle?
        var error: APIError?
        var finishedParts = 0

        init(destination: URL) { self.destination = destination }

        func handle(_ event: FormDataParser.Event) throws {
            switch event {
            case .headers(let list):
                for (name, value) in list { headers[name.lowercased()] = value }
            case .content(let bytes):
                body(bytes)
            case .end:
                complete()
            }
            if let error { throw error }
        }

        var current: ContentDisposition {
            if let disposition { return disposition }
            let d = ContentDisposition(headers["content-disposition"] ?? "")
            disposition = d
            return d
        }

        var isFile: Bool { current.name == "file" }

        func openFileIfNeeded() {
            guard file == nil, error == nil else { return }
            guard upload.fileName == nil else {
                error = APIError.validation("file", "Only one file can be uploaded at a time.")
                return
            }
            _ = FileManager.default.createFile(atPath: destination.path, contents: nil)
            file = FileHandle(forWritingAtPath: destination.path)
            if file == nil { error = APIError(.internalError, "The upload could not be stored.") }
        }

        func body(_ buffer: UnsafeRawBufferPointer) {
            guard error == nil else { return }
            if isFile {
                openFileIfNeeded()
                guard let file else { return }
                do {
                    try file.write(contentsOf: buffer)
                    upload.fileSize += Int64(buffer.count)
                } catch {
                    self.error = APIError(.internalError, "The upload could not be stored.")
                }
            } else {
                guard fieldBytes.count + buffer.count <= MultipartUpload.maximumFieldBytes else {
                    error = APIError.validation(current.name ?? "field", "Form fields are limited to 64 KB.")
                    return
                }
                fieldBytes += buffer
            }
        }

        func complete() {
            guard error == nil else { return }
            if isFile {
                openFileIfNeeded()
                closeFile()
                upload.fileName = current.fileName ?? ""
            } else if let name = current.name {
                upload.fields[name, default: []].append(String(decoding: fieldBytes, as: UTF8.self))
            }
            finishedParts += 1
            headers = [:]
            disposition = nil
            fieldBytes = []
        }

        func closeFile() {
            try? file?.close()
            file = nil
        }
    }
}
