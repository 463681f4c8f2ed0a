import Foundation

/// The target this process runs, picked from its binary's targets by `AISER_FUZZ_TARGET`.
public enum FuzzTargets {
    /// A target by name, and how to set it up.
    public struct Entry {
        let name: String
        let make: () throws -> any FuzzTarget
    }

    /// The target of this process (set once before libFuzzer starts, read on its thread).
    nonisolated(unsafe) static var selected: (any FuzzTarget)?

    /// Sets up the target of `all` that `AISER_FUZZ_TARGET` names; exits with status 2 when it
    /// names none of them.
    public static func select(from all: [Entry]) {
        let name = ProcessInfo.processInfo.environment["AISER_FUZZ_TARGET"] ?? ""
        guard let entry = all.first(where: { $0.name == name }) else {
            let names = all.map(\.name).joined(separator: " ")
            FileHandle.standardError.write(Data("set AISER_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        do {
            selected = try entry.make()
        } catch {
            FileHandle.standardError.write(Data("\(name): set-up failed: \(error)\n".utf8))
            exit(2)
        }
    }

    /// Runs the selected target on libFuzzer's input.
    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        selected?.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    }
}
