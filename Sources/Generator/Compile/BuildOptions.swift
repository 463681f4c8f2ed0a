import Foundation

/// How to build a project.
public struct BuildOptions: Sendable {
    /// Where the site goes; default `<project>/out`.
    public var output: URL?
    /// Write the site (`false` only checks everything: `aiser validate`). Default `true`.
    public var writeOutput: Bool
    /// Where query results and the loaded sources are cached between builds; default
    /// `<project>/.aiser-cache`; `nil` with `useCache == false` keeps nothing.
    public var cacheFolder: URL?
    /// Use the on-disk cache. Default `true`.
    public var useCache: Bool
    /// Pages evaluated at the same time; default the number of cores.
    public var parallelism: Int
    /// Run the queries the columnar engine supports on it, over the CSV/TSV sources loaded into
    /// memory (`false` runs every query on SQLite). Results are identical either way. Default `true`.
    public var columnar: Bool
    /// Also write each page as a paginated vector PDF (`out/<page>.pdf`). Default `false`.
    public var pdf: Bool
    /// Called after each page is evaluated with (pages done, pages in total); the CLI shows it
    /// on a terminal.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(
        output: URL? = nil, writeOutput: Bool = true, cacheFolder: URL? = nil, useCache: Bool = true,
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount, pdf: Bool = false, columnar: Bool = true,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) {
        self.columnar = columnar
        self.progress = progress
        self.pdf = pdf
        self.output = output
        self.writeOutput = writeOutput
        self.cacheFolder = cacheFolder
        self.useCache = useCache
        self.parallelism = max(1, parallelism)
    }
}
