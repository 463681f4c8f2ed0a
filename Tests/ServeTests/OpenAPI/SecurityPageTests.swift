import Foundation
import Testing

@testable import Serve

/// site/pages/reference/security.md lists every limit and deadline setting with its default.
@Suite("site/pages/reference/security.md lists every limit")
struct SecurityPageTests {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func page() throws -> String {
        try String(contentsOf: root.appendingPathComponent("site/pages/reference/security.md"), encoding: .utf8)
    }

    @Test(
        "each connection, heavy-work, export, upload, rate-limit, webhook and token setting has a row with its default")
    func settingsListed() throws {
        let page = try Self.page()
        let lines = page.split(separator: "\n").map(String.init)
        let extra = [
            "AISER_UPLOAD_LIMIT_MB", "AISER_ACCESS_TOKEN_SECONDS", "AISER_REFRESH_TOKEN_SECONDS", "AISER_BCRYPT_COST",
            "AISER_SOURCE_CACHE",
        ]
        let rateLimits = Setting.all.filter { $0.environmentKey.hasPrefix("AISER_RATE_LIMIT_") }
        let settings =
            Setting.connections + Setting.scheduling + Setting.exportSettings + Setting.webhookSettings + rateLimits
            + extra.compactMap(Setting.named)
        #expect(settings.count == 36)
        for setting in settings {
            let row = lines.first { $0.hasPrefix("|") && $0.contains("`\(setting.environmentKey)`") }
            #expect(row != nil, "\(setting.environmentKey) has no row")
            // The worker count's default depends on the machine; the page says how it is chosen.
            guard let row, setting.environmentKey != "AISER_HEAVY_WORKERS" else { continue }
            #expect(row.contains("| \(setting.defaultValue) "), "\(setting.environmentKey): \(row)")
        }
    }

    @Test("the battery section names every part, how to run it, and every fuzz target")
    func battery() throws {
        let page = try Self.page()
        let battery = try #require(page.components(separatedBy: "## The battery").dropFirst().first)
        for command in [
            "scripts/test", "scripts/fuzz", "scripts/crash-test", "scripts/fuzz-files", "bench/load/run.py",
            "scripts/check-api", "Attack battery", "--filter",
        ] {
            #expect(battery.contains(command), "the battery section does not mention \(command)")
        }
        let targets = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("fuzz/corpus").path)
        #expect(targets.count == 9)
        for target in targets { #expect(battery.contains("`\(target)`"), "fuzz target \(target) is not listed") }
    }
}
