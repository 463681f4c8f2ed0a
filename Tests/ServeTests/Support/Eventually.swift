/// Checks `condition` up to `polls` times, 10 ms apart, until it holds; answers whether it did.
/// Counted in polls, not in wall time: when other suites keep the cooperative threads busy, the
/// awaited tasks and the polling are delayed alike, so a slow machine is not a failure; a real
/// hang still ends after `polls` checks.
func eventually(polls: Int = 3000, _ condition: @Sendable () -> Bool) async -> Bool {
    for _ in 0..<polls {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
