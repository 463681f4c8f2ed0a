import Foundation
import Generator

/// One build after a change: runs it, records the outcome for the browser, tells the user.
/// Only one caller builds at a time (the initial build, then the watcher's loop), so builds
/// never overlap.
struct Rebuilder: Sendable {
    let builder: DevBuilder
    let state: DevState
    let onEvent: @Sendable (DevEvent) -> Void

    func build(after changes: [String]) async {
        let outcome = await builder.build()
        let changed = state.record(outcome)
        switch outcome {
        case .success(let report, _):
            onEvent(.built(changes: changes, report: report, siteChanged: changed))
        case .failure(let error):
            onEvent(.failed(changes: changes, error: error))
        }
    }
}
