import Foundation

/// A real browser engine (chromium-headless-shell) that loads a page, runs its scripts and
/// event handlers, and prints the resulting DOM (`--dump-dom`).
enum HeadlessBrowser {
    /// The browser binary: `AISER_CHROMIUM`, else the first installed of the usual names.
    static let path: String? = {
        let candidates =
            [ProcessInfo.processInfo.environment["AISER_CHROMIUM"]].compactMap { $0 } + [
                "/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome",
            ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let missing = "no headless chromium (apt-get install chromium-headless-shell, or set AISER_CHROMIUM)"

    /// The DOM of `url` after its scripts and load events ran (virtual time, so timers fire).
    static func dumpDOM(_ url: String) throws -> String {
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "aiser-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000", "--dump-dom", url,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
