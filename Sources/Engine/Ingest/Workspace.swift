import Foundation

/// A scratch SQLite database in a temporary directory with data files loaded as tables; the
/// command-line tools (`aiser query`, `ask`, `chart`, …) work against one. Removed on `close()`
/// or when released.
public final class Workspace {
    /// The connection to the scratch database.
    public let connection: Connection
    /// The tables loaded, in the order the files were given.
    private(set) var reports: [LoadReport] = []
    private let directory: URL

    /// Creates an empty workspace.
    public init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("aiser-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        connection = try Connection(path: directory.appendingPathComponent("workspace.sqlite").path)
    }

    /// Loads `url` as a table named after its stem (or `table`); names must be unique.
    @discardableResult
    public func load(_ url: URL, as table: String? = nil, options: IngestOptions = .init()) throws -> LoadReport {
        let name = table ?? Ingestor.tableName(for: url)
        if reports.contains(where: { $0.table == name }) {
            throw IngestError(path: url.path, message: "another file already gives the table name \"\(name)\"")
        }
        let report = try Ingestor.load(url, into: connection, table: name, options: options)
        reports.append(report)
        return report
    }

    /// Deletes the scratch files.
    public func close() { try? FileManager.default.removeItem(at: directory) }

    deinit { close() }
}
