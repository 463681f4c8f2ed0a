import Engine
import Foundation

/// What a build did.
public struct BuildReport: Sendable {
    /// Output pages (templated pages count once per value).
    public var pages: Int
    /// Query evaluations (page queries for every parameter value and input variant, option and
    /// parameter lists), whether they ran or came from the cache.
    public var queries: Int
    /// Queries that actually ran against the data (the rest came from the cache).
    public var executedQueries: Int
    /// Of the queries that ran, those the columnar engine answered (the rest ran on SQLite).
    public var columnarQueries: Int = 0
    /// Files written (pages, exports, manifest); 0 for a validation.
    public var files: Int
    /// Total bytes written.
    public var bytes: Int
    /// Bytes of the `.html` pages alone.
    public var htmlBytes: Int
    /// Where the site was written, when it was.
    public var output: URL?
    public var duration: Duration

    /// How the queries that ran were answered: `2 columnar, 0 on SQLite`; empty when none ran.
    public var engines: String {
        executedQueries == 0 ? "" : "\(columnarQueries) columnar, \(executedQueries - columnarQueries) on SQLite"
    }

    /// `3 pages, 12 queries (2 run, 10 cached), 41 files, 120 KB in 0.21 s`.
    public var summary: String {
        let seconds = duration.seconds
        var text = "\(pages) page\(pages == 1 ? "" : "s"), \(queries) quer\(queries == 1 ? "y" : "ies")"
        text += " (\(executedQueries) run, \(queries - executedQueries) cached)"
        if output != nil { text += ", \(files) files, \(bytes / 1024) KB" }
        return text + " in \(NumberText.grouped(seconds, decimals: 2, trim: false, group: false)) s"
    }
}
