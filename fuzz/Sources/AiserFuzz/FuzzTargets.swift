import Foundation

/// The registry of targets, and the one this process runs.
enum FuzzTargets {
    nonisolated(unsafe) static let all: [any FuzzTarget.Type] = [
        CSVTarget.self, XLSXTarget.self, JSONTarget.self, PageTarget.self, QuestionTarget.self,
        MultipartTarget.self, JWTTarget.self, ColumnarSQLTarget.self, ReadOnlySQLTarget.self,
    ]

    /// The target of this process (set once before libFuzzer starts, read on its thread).
    nonisolated(unsafe) static var selected: (any FuzzTarget)?

    /// Sets up the target `AISER_FUZZ_TARGET` names; exits with status 2 when it names none.
    static func select() {
        let name = ProcessInfo.processInfo.environment["AISER_FUZZ_TARGET"] ?? ""
        guard let kind = all.first(where: { $0.name == name }) else {
            let names = all.map(\.name).joined(separator: " ")
            FileHandle.standardError.write(Data("set AISER_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        do {
            selected = try kind.init()
        } catch {
            FileHandle.standardError.write(Data("\(name): set-up failed: \(error)\n".utf8))
            exit(2)
        }
    }

    static func run(_ data: [UInt8]) { selected?.run(data) }
}
