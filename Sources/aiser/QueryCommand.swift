import ArgumentParser
import Engine
import Foundation

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run read-only SQL over data files.",
        discussion: """
            Each --data file becomes a table named after its file stem (sales_2024.csv → sales_2024).
            The SQL may only read (one statement; REINDEX, VACUUM and ANALYZE are refused); it runs
            under a time limit and a row cap.

            Exit status: 0 when every row was written, 1 on an error, 3 when the result was cut at
            --max-rows (the rows up to the cap are written, in every format, and standard error
            says so).

            Example:
              aiser query --data sales.csv "SELECT region, sum(revenue) FROM sales GROUP BY 1"
            """)

    @Option(
        name: .long,
        help: ArgumentHelp("A CSV, TSV, XLSX, JSON or NDJSON file to query (repeatable).", valueName: "file"))
    var data: [String] = []

    @Argument(help: "The SQL statement (SELECT or WITH).")
    var sql: String

    @Option(help: "Output format: csv, json (an array of row objects) or table.")
    var format: RowFormat = .table

    @Option(help: "Stop after this many seconds.")
    var timeout: Int = 30

    @Option(help: "Return at most this many rows.")
    var maxRows: Int = 1_000_000

    func validate() throws {
        if data.isEmpty { throw ValidationError("give at least one --data file") }
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
        if maxRows <= 0 { throw ValidationError("--max-rows must be positive") }
    }

    func run() throws {
        try reportingFailures {
            let workspace = try Workspace()
            defer { workspace.close() }
            let tables = try data.map { try workspace.load(try existingFile($0)).table }
            let analytics = Analytics(connection: workspace.connection, tables: tables)
            let limits = ReadOnlySQL.Limits(timeout: .seconds(timeout), maxRows: maxRows)
            let result: QueryResult
            do {
                result = try analytics.query(sql: sql, limits: limits)
            } catch let e as QueryError {
                throw CLIMessage(e.line == nil ? "sql: \(e.message)" : "sql:\(e.description)")
            }
            try emit(format.render(result))
            if result.truncated {
                FileHandle.standardError.write(
                    Data("sql: result truncated at \(maxRows) rows; raise --max-rows to see the rest\n".utf8))
                throw ExitCode(Self.truncatedStatus)
            }
        }
    }

    /// The exit status when the row cap cut the result (documented in the help text).
    static let truncatedStatus: Int32 = 3
}
