import Foundation
import Testing

@testable import Serve

/// site/pages/reference/security.md lists every limit and deadline setting with its default.
@Suite("site/pages/reference/security.md lists every limit")
struct SecurityPageTests {
    @Test("each connection, heavy-work, export, upload and token setting has a row with its default")
    func settingsListed() throws {
        let page = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("site/pages/reference/security.md"), encoding: .utf8)
        let lines = page.split(separator: "\n").map(String.init)
        let extra = [
            "AISER_UPLOAD_LIMIT_MB", "AISER_ACCESS_TOKEN_SECONDS", "AISER_REFRESH_TOKEN_SECONDS", "AISER_BCRYPT_COST",
        ]
        let settings =
            Setting.connections + Setting.scheduling + Setting.exportSettings + extra.compactMap(Setting.named)
        #expect(settings.count == 22)
        for setting in settings {
            let row = lines.first { $0.hasPrefix("|") && $0.contains("`\(setting.environmentKey)`") }
            #expect(row != nil, "\(setting.environmentKey) has no row")
            // The worker count's default depends on the machine; the page says how it is chosen.
            guard let row, setting.environmentKey != "AISER_HEAVY_WORKERS" else { continue }
            #expect(row.contains("| \(setting.defaultValue) "), "\(setting.environmentKey): \(row)")
        }
    }
}
