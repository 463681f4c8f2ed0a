import Foundation
import Generator

/// What `aiser dev` tells its user, one line each.
public enum DevEvent: Sendable, CustomStringConvertible {
    /// The first build, or a rebuild after `changes` (project-relative paths), succeeded.
    /// `siteChanged` is false when the new output is identical to what was served.
    case built(changes: [String], report: BuildReport, siteChanged: Bool)
    /// A build failed; the previous site stays on disk and the browser shows the error.
    case failed(changes: [String], error: GeneratorError)
    /// The server is listening at `url` (on `port`); `busyPort` is the port asked for when it
    /// was taken.
    case listening(url: String, port: Int, busyPort: Int?)

    public var description: String {
        switch self {
        case .built(let changes, let report, let siteChanged):
            let what = Self.describe(changes).map { "\($0) → rebuilt" } ?? "Built"
            return "\(what) \(report.summary)" + (siteChanged ? "" : " (the site did not change)")
        case .failed(let changes, let error):
            let what = Self.describe(changes).map { "\($0) → build failed" } ?? "Build failed"
            return "\(what): \(error)"
        case .listening(let url, _, let busyPort):
            let note = busyPort.map { " (port \($0) is busy)" } ?? ""
            return "Serving at \(url)\(note) — watching for changes, Ctrl-C to stop"
        }
    }

    /// `pages/a.md changed`, `a, b and 3 more changed`, or nil for the first build.
    static func describe(_ changes: [String]) -> String? {
        guard !changes.isEmpty else { return nil }
        let shown = changes.prefix(3).joined(separator: ", ")
        let more = changes.count > 3 ? " and \(changes.count - 3) more" : ""
        return "\(shown)\(more) changed"
    }
}
