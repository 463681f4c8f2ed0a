import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

extension Client {
    /// A GET answering the body's bytes as they are (for PNG and PDF exports).
    func bytes(_ uri: String, token: String, headers extra: [String: String] = [:]) async throws -> (
        status: HTTPResponse.Status, headers: HTTPFields, data: Data
    ) {
        var headers = HTTPFields()
        headers[.authorization] = "Bearer \(token)"
        for (k, v) in extra { headers[HTTPField.Name(k)!] = v }
        return try await client.execute(uri: uri, method: .get, headers: headers, body: nil) { response in
            (response.status, response.headers, Data(response.body.readableBytesView))
        }
    }
}

/// What poppler says about a PDF (`pdfinfo`, `pdftotext`), runs of spaces collapsed.
enum Poppler {
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo")

    static func run(_ tool: String, _ pdf: Data) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aiser-\(UUID().uuidString).pdf")
        try pdf.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        p.arguments = tool == "pdftotext" ? [url.path, "-"] : [url.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
            .joined(separator: " ")
    }
}
