import Engine
import Foundation
import Synchronization

/// An uploaded CSV or TSV being loaded into columns (`ColumnarTable.load`) in the jobs' lane
/// while the request ingests the same file into SQLite, so that the NL artefacts' build that
/// follows it in the lane starts from the columns instead of reading the file again after the
/// upload's answer (`SourceStore.preloadColumnar`).
final class ColumnarPreload: Sendable {
    /// The uploaded file, kept until the artefacts' build has ended.
    let input: URL
    private let loaded = Mutex<ColumnarTable?>(nil)

    init(input: URL) { self.input = input }

    /// Loads the input on the calling thread alone (the ingest runs beside it); a file that
    /// cannot be loaded leaves nothing (the build reads it again).
    func load(as table: String, format: FileFormat) {
        guard FileManager.default.fileExists(atPath: input.path),
            let columns = try? ColumnarTable.load(input, as: table, format: format, threads: 1)
        else { return }
        loaded.withLock { $0 = columns }
    }

    /// Whether the columns are loaded and not yet taken.
    var isLoaded: Bool { loaded.withLock { $0 != nil } }

    /// The loaded columns, handed over once.
    func take() -> ColumnarTable? { loaded.withLock { $0.take() } }
}
