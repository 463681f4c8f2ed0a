import Engine
import Foundation

/// A data file loaded into a scratch workspace for the analysis commands, with its rows read
/// back as one query result.
struct LoadedData {
    let workspace: Workspace
    let report: LoadReport
    let path: String

    /// Loads `path` (an error names the file when it is missing or unreadable).
    init(_ path: String) throws {
        workspace = try Workspace()
        report = try workspace.load(try existingFile(path))
        self.path = path
    }

    /// The table's column called `name` (exact, else case-insensitive), or an error listing the columns.
    func column(_ name: String, option: String) throws -> LoadedColumn {
        if let c = report.columns.first(where: { $0.name == name })
            ?? report.columns.first(where: {
                $0.name.lowercased() == name.lowercased()
            })
        {
            return c
        }
        let names = report.columns.map(\.name).joined(separator: ", ")
        throw CLIMessage("\(path): \(option) names no column \"\(name)\"; the columns are \(names)")
    }

    /// Engine's use cases over the loaded table.
    var analytics: Analytics { Analytics(connection: workspace.connection, tables: [report.table]) }

    /// Every row of the named columns (all columns when `columns` is nil), in file order.
    func rows(_ columns: [String]? = nil) throws -> QueryResult {
        let list = columns.map { $0.map(Identifier.quote).joined(separator: ", ") } ?? "*"
        return try workspace.connection.query("SELECT \(list) FROM \(Identifier.quote(report.table)) ORDER BY rowid")
    }

    func close() { workspace.close() }
}
