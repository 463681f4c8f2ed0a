import Foundation
import Generator

/// One build after a change: runs it, records the outcome for the browser, tells the user.
/// Only one caller builds at a time (the initial build, then the watcher's loop), so builds
/// never overlap.
struct Rebuilder: Sendable {
    /// Runs one build (`DevBuilder.build` in the server; a stand-in in tests).
    let builder: @Sendable () async -> DevBuilder.Outcome
    let state: DevState
    let onEvent: @Sendable (DevEvent) -> Void

    func build(after changes: [String]) async {
        let outcome = await builder()
        let changed = state.record(outcome)
        switch outcome {
        case .success(let report, _):
            onEvent(.built(changes: changes, report: report, siteChanged: changed))
        case .failure(let error):
            onEvent(.failed(changes: changes, error: error))
        }
    }
}
