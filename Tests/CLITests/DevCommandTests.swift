import Foundation
import Synchronization
import TestSupport
import Testing

/// Whether this build of `aiser` has the `dev` subcommand (not in `AISER_ONLY` builds).
let devAvailable = (try? AiserBinary.run(["dev", "--help"]))?.status == 0

/// `aiser dev` as a user runs it (only in builds that have the server module).
@Suite("aiser dev", .enabled(if: devAvailable))
struct DevCommandTests {
    @Test("bad arguments give a clear message and a non-zero status")
    func badArguments() throws {
        let dir = try TemporaryDirectory("aiser-cli")
        defer { dir.remove() }
        let port = try AiserBinary.run(["dev", dir.url.path, "--port", "70000"])
        #expect(port.status != 0)
        #expect(port.stderr.contains("--port must be from 0 to 65535."))
        let missing = try AiserBinary.run(["dev", dir.path("nowhere")])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("is not a folder"))
        let host = try AiserBinary.run(["dev", dir.url.path, "--host", "192.0.2.1", "--port", "0"])
        #expect(host.status == 2)
        #expect(host.stderr.contains("aiser dev: cannot listen on 192.0.2.1"))
    }

    @Test("builds, prints the URL, and stops cleanly on Ctrl-C (SIGINT) with status 0")
    func startAndInterrupt() throws {
        let dir = try TemporaryDirectory("aiser-cli")
        defer { dir.remove() }
        let project = dir.path("demo")
        #expect(try AiserBinary.run(["init", project]).status == 0)
        let process = Process()
        process.executableURL = AiserBinary.url
        process.arguments = ["dev", project, "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        let printed = Mutex(Data())
        out.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            printed.withLock { $0.append(chunk) }
        }
        try process.run()
        var text: String { printed.withLock { String(decoding: $0, as: UTF8.self) } }
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("Serving at") && Date() < deadline && process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(text.contains("Built 1 page, 2 queries (2 run, 0 cached)"), "\(text)")
        #expect(text.range(of: #"Serving at http://127\.0\.0\.1:\d+/"#, options: .regularExpression) != nil)
        #expect(!FileManager.default.fileExists(atPath: project + "/out"))
        #expect(FileManager.default.fileExists(atPath: project + "/.aiser-cache/dev/site/index.html"))
        process.interrupt()
        process.waitUntilExit()
        out.fileHandleForReading.readabilityHandler = nil
        let rest = out.fileHandleForReading.readDataToEndOfFile()
        printed.withLock { $0.append(rest) }
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(text.hasSuffix("Stopped.\n"), "\(text)")
    }
}
