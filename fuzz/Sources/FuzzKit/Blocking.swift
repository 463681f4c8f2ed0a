import Foundation

/// Runs async work to completion from libFuzzer's synchronous callback.
public enum Blocking {
    private final class Box<T>: @unchecked Sendable { var value: T? }

    public static func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await body()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}
