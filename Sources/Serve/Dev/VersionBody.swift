import Engine
import Foundation
import Generator

/// The JSON of `/__aiser/version`: the version token the reload script compares, and what the
/// last build did.
struct VersionBody: Encodable {
    var version: String
    var build: Int
    /// `ok` or `error`.
    var status: String
    /// `path:line:column: message` of the last build's error.
    var error: String?
    /// The last successful build's counts.
    var pages: Int?
    var queries: Int?
    var executedQueries: Int?

    init(_ snapshot: DevState.Snapshot, state: DevState) {
        version = state.version(of: snapshot)
        build = snapshot.build
        status = snapshot.error == nil ? "ok" : "error"
        error = snapshot.error?.description
        pages = snapshot.report?.pages
        queries = snapshot.report?.queries
        executedQueries = snapshot.report?.executedQueries
    }

    func json() -> String {
        (try? JSONCoding.string(self)) ?? "{}"
    }
}
