import Engine
import Foundation

/// ` ```sql NAME ` — a query over the sources (and over earlier queries of the page by name).
/// Hidden unless `show` is written after the name, or `show_sql` is set for the page or project.
struct SQLBlock: PageBlock {
    var name: String
    var sql: String
    var show: Bool?
    var location: SourceLocation
    /// Where the SQL text starts, to map SQL errors to file positions.
    var bodyStart: SourceLocation

    init(_ raw: RawBlock) throws {
        guard let name = raw.arguments.first else {
            throw raw.fence.error("a sql block needs a name: ```sql NAME")
        }
        guard ProjectConfig.isTableName(name) else {
            throw raw.fence.error("query name '\(name)' must be letters, digits and _ and not start with a digit")
        }
        for word in raw.arguments.dropFirst() where !["show", "show=true", "show=false", "hide"].contains(word) {
            throw raw.fence.error("unknown sql block option '\(word)' (expected show or hide)")
        }
        if raw.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw raw.fence.error("the sql block '\(name)' is empty")
        }
        self.name = name
        self.sql = raw.body
        let words = Set(raw.arguments.dropFirst())
        self.show = words.contains("show") || words.contains("show=true") ? true : (words.isEmpty ? nil : false)
        self.location = raw.fence
        self.bodyStart = raw.bodyStart
    }

    var dependencies: [String] { [] }

    func check(_ context: BlockContext) throws {}

    func html(_ context: BlockContext) throws -> String { "" }

    /// The block as shown when `show` is on.
    func shownHTML() -> String {
        "<details class=\"sql\"><summary>SQL: \(HTML.escape(name))</summary><pre><code>\(HTML.escape(sql))</code></pre></details>\n"
    }

    /// Maps a query error's line/column inside the SQL to the page file.
    func locate(_ error: QueryError) -> GeneratorError {
        guard let line = error.line else { return location.error("query '\(name)': \(error.message)") }
        return bodyStart.offset(lines: line - 1, column: error.column ?? 1).error("query '\(name)': \(error.message)")
    }
}
