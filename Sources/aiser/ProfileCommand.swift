import ArgumentParser
import Engine
import Foundation

struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Describe a data file: column types, nulls, distinct values, ranges and a quality score.",
        discussion: """
            The JSON form is the `data` object of GET /api/v1/data/sources/{id}/schema.

            Example:
              aiser profile sales.csv --format json
            """)

    @Argument(help: ArgumentHelp("A CSV, TSV, XLSX, JSON or NDJSON file.", valueName: "file"))
    var file: String

    @Option(help: "The worksheet of an .xlsx file (default: the first).")
    var sheet: String?

    @Option(help: "Output format: table or json.")
    var format: ProfileFormat = .table

    func run() throws {
        try reportingFailures {
            let workspace = try Workspace()
            defer { workspace.close() }
            let report = try workspace.load(try existingFile(file), options: IngestOptions(sheet: sheet))
            let profile = try Analytics(connection: workspace.connection, tables: [report.table]).profile()
            switch format {
            case .json: try emit(try profile.jsonText() + "\n")
            case .table: try emit(profile.textSummary())
            }
        }
    }
}

enum ProfileFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
