import Foundation

/// Waits (checking every 10 ms, at most `seconds`) until `condition` holds; answers whether it did.
func eventually(seconds: Double = 30, _ condition: @Sendable () -> Bool) async -> Bool {
    let end = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < end {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
