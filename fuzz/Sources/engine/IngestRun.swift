import Foundation
import FuzzKit

@testable import Engine

/// The ingest entry point the CLI and the server share: the whole file loaded into a table,
/// under small limits so the caps and the buffer refills are reached by small inputs, then read
/// again through the source's record reader. Only `IngestError`s may come out.
enum IngestRun {
    static let limits = IngestLimits(maxRecordBytes: 4096, maxFieldBytes: 1024, maxColumns: 64, maxColumnNameBytes: 64)

    static func load(_ data: [UInt8], fileName: String, format: FileFormat, target: String) {
        let url = Scratch.write(data, name: fileName)
        let options = IngestOptions(format: format, limits: limits)
        do {
            let db = try Connection.inMemory()
            _ = try Ingestor.load(url, into: db, table: "t", options: options)
        } catch {
            Finding.expect(error, in: target) { $0 is IngestError }
        }
    }
}
