import Foundation
import TestSupport
import Testing

@Suite("aiser CLI basics")
struct VersionTests {
    @Test("--version prints the engine version and exits 0")
    func version() throws {
        let r = try AiserBinary.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("an unknown subcommand fails with a message, not a crash")
    func unknown() throws {
        let r = try AiserBinary.run(["frobnicate"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("frobnicate"))
    }
}
