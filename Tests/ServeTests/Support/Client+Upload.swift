import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

extension Client {
    /// A multipart/form-data body with a `file` part and text fields.
    static func multipart(
        fileName: String?, content: String, fields: [(String, String)] = [], boundary: String = "XyZ-boundary-42"
    ) -> String {
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let fileName {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
            body += "Content-Type: application/octet-stream\r\n\r\n\(content)\r\n"
        }
        return body + "--\(boundary)--\r\n"
    }

    /// Uploads `content` as `fileName`.
    func upload(
        _ fileName: String?, _ content: String, token: String, fields: [(String, String)] = []
    ) async throws -> Answer {
        try await call(
            .post, "/api/v1/data/upload", token: token,
            raw: Self.multipart(fileName: fileName, content: content, fields: fields),
            headers: ["Content-Type": "multipart/form-data; boundary=XyZ-boundary-42"])
    }
}

extension Client {
    /// Uploads raw bytes as `fileName` (binary files, exact byte counts).
    func upload(_ fileName: String, bytes: [UInt8], token: String) async throws -> Answer {
        let boundary = "XyZ-boundary-42"
        var body = Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n\r\n".utf8)
        body += bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPFields()
        headers[.authorization] = "Bearer \(token)"
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.execute(
            uri: "/api/v1/data/upload", method: .post, headers: headers, body: ByteBuffer(bytes: body)
        ) { response in
            Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }
}

extension Client {
    /// Replaces `source`'s data with a CSV `content` through `PUT /data/sources/{id}/file`,
    /// requiring 200.
    func replaceFile(_ source: String, _ content: String, token: String) async throws {
        let r = try await call(
            .put, "/api/v1/data/sources/\(source)/file", token: token,
            raw: Client.multipart(fileName: "sales.csv", content: content, fields: []),
            headers: ["Content-Type": "multipart/form-data; boundary=XyZ-boundary-42"])
        try #require(r.status == .ok, "\(r.body)")
    }
}
