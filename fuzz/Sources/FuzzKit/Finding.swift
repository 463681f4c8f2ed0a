import Foundation

/// Reports a finding by crashing, so libFuzzer saves the input.
public enum Finding {
    public static func fail(_ target: String, _ message: String) -> Never {
        FileHandle.standardError.write(Data("FINDING \(target): \(message)\n".utf8))
        abort()
    }

    /// Fails unless `error` is one of the kinds an entry point may throw.
    public static func expect(_ error: any Error, in target: String, allowed: (any Error) -> Bool) {
        if !allowed(error) { fail(target, "unexpected error \(type(of: error)): \(error)") }
    }
}
