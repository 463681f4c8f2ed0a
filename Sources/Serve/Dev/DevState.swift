import Foundation
import Generator
import ServiceLifecycle
import Synchronization

/// The latest build as the browser sees it: a version token that changes whenever the served
/// site changes (a new output, a new error, or the error fixed), the error if the last build
/// failed, and the counts of the last successful build.
final class DevState: Sendable {
    /// One reading of the state.
    struct Snapshot: Sendable {
        /// Site changes since the server started (0 before the first build).
        var build = 0
        /// The last build's error; nil after a successful build.
        var error: GeneratorError?
        /// The last successful build's report.
        var report: BuildReport?
        /// The last successful build's manifest (to tell an unchanged site).
        var manifest: Data?
    }

    /// Random per server start, so a browser left open across restarts reloads too.
    let instance: String
    private let current = Mutex(Snapshot())
    private let stopping = Mutex(false)

    init(instance: String = String(UUID().uuidString.prefix(8)).lowercased()) {
        self.instance = instance
    }

    var snapshot: Snapshot { current.withLock { $0 } }

    /// `<instance>-<build>`: what the reload script compares.
    func version(of snapshot: Snapshot) -> String { "\(instance)-\(snapshot.build)" }
    var version: String { version(of: snapshot) }

    /// Records a build's outcome; returns whether the served site changed.
    @discardableResult
    func record(_ outcome: DevBuilder.Outcome) -> Bool {
        current.withLock { state in
            let changed: Bool
            switch outcome {
            case .success(let report, let manifest):
                changed = state.error != nil || state.manifest != manifest || state.build == 0
                state.report = report
                state.manifest = manifest
                state.error = nil
            case .failure(let error):
                changed = state.error != error
                state.error = error
            }
            if changed { state.build += 1 }
            return changed
        }
    }

    /// Ends every waiting long poll (graceful shutdown).
    func stop() { stopping.withLock { $0 = true } }

    /// The state once its version differs from `since`, or after `timeout`, or at shutdown.
    func wait(since: String, timeout: Duration) async -> Snapshot {
        let deadline = ContinuousClock.now + timeout
        while version == since, ContinuousClock.now < deadline, !stopping.withLock({ $0 }),
            !Task.isShuttingDownGracefully, !Task.isCancelled
        {
            try? await Task.sleep(for: .milliseconds(100))
        }
        return snapshot
    }
}
