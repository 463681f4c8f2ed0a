import Foundation
import Generator

/// The lines around the place a build error points at, read from the project file it names.
struct SourceExcerpt {
    /// 1-based line numbers with their text.
    var lines: [(number: Int, text: String)]
    /// The line the error is on.
    var errorLine: Int
    /// 1-based column of the error on that line.
    var column: Int

    /// Up to `context` lines either side of the error's line, when the error names a line of a
    /// readable text file inside `project`; nil otherwise.
    init?(_ error: GeneratorError, project: URL, context: Int = 2) {
        guard let line = error.line, line > 0, !error.path.hasPrefix("/"),
            !error.path.split(separator: "/").contains("..")
        else { return nil }
        let root = project.standardizedFileURL.resolvingSymlinksInPath().path
        let file = project.appendingPathComponent(error.path).resolvingSymlinksInPath()
        guard file.path.hasPrefix(root + "/"), let text = try? String(contentsOf: file, encoding: .utf8) else {
            return nil
        }
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= all.count else { return nil }
        let range = max(1, line - context)...min(all.count, line + context)
        lines = range.map { ($0, String(all[$0 - 1].prefix(400))) }
        errorLine = line
        column = max(1, error.column ?? 1)
    }
}
