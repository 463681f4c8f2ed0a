import Engine
import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("Settings and secrets")
struct SettingsTests {
    @Test("environment variables set every field of the table")
    func environment() throws {
        let s = try ServerSettings(environment: [
            "AISER_HOST": "0.0.0.0", "AISER_PORT": "9001", "AISER_DATA_DIR": "/srv/aiser", "AISER_ENV": "production",
            "AISER_UPLOAD_LIMIT_MB": "5", "AISER_TRUSTED_PROXIES": "10.0.0.1, 10.0.0.2", "AISER_RATE_LIMIT_AUTH": "7",
            "AISER_RATE_LIMIT_WINDOW": "30", "AISER_ADMIN_EMAIL": "a@b.co",
        ])
        #expect(s.host == "0.0.0.0" && s.port == 9001 && s.dataDirectory == "/srv/aiser" && s.mode == .production)
        #expect(s.uploadLimit == 5 * 1024 * 1024 && s.trustedProxies == ["10.0.0.1", "10.0.0.2"])
        #expect(s.rateLimits[.auth] == 7 && s.rateLimits[.data] == 20 && s.rateLimits.windowSeconds == 30)
        #expect(s.adminEmail == "a@b.co")
        let d = try ServerSettings(environment: [:])
        #expect(d.host == "127.0.0.1" && d.port == 8000 && d.uploadLimit == 100 * 1024 * 1024 && d.mode == .development)
    }

    @Test("every documented default, given as the variable's value, leaves the defaults unchanged")
    func documentedDefaults() throws {
        let defaults = ServerSettings()
        var documented = 0
        for setting in Setting.all where !setting.defaultValue.hasPrefix("(") {
            var s = ServerSettings()
            try setting.apply(&s, setting.defaultValue)
            #expect(s == defaults, "\(setting.environmentKey) documents \(setting.defaultValue)")
            documented += 1
        }
        #expect(documented >= Setting.all.count - 7)
        // Settings documented as unset really are unset.
        #expect(defaults.secret == nil && defaults.adminEmail == nil && defaults.adminPassword == nil)
        #expect(defaults.publicURL == nil && defaults.trustedProxies.isEmpty && defaults.metrics.token == nil)
        #expect(defaults.warehouse.allowedHosts.isEmpty)
        let reference = try String(contentsOf: ReferencePageTests.page, encoding: .utf8)
        for setting in Setting.all {
            #expect(reference.contains("| `\(setting.environmentKey)` |"), "\(setting.environmentKey) is undocumented")
            #expect(reference.contains("| `\(setting.defaultValue)` | \(setting.summary) |"))
        }
        #expect(
            Setting.help("AISER_PORT") == "TCP port to listen on; 0 picks a free one (env AISER_PORT, default 8000).")
    }

    @Test("invalid values are refused with the variable's name")
    func invalid() {
        for (key, value) in [
            ("AISER_PORT", "http"), ("AISER_PORT", "70000"), ("AISER_ENV", "staging"), ("AISER_BCRYPT_COST", "2"),
        ] {
            #expect(throws: SettingsError.self) { try ServerSettings(environment: [key: value]) }
            do { _ = try ServerSettings(environment: [key: value]) } catch { #expect("\(error)".contains(key)) }
        }
    }

    @Test("AISER_PUBLIC_URL takes an http(s) base URL without its trailing slash and refuses anything else")
    func publicURL() throws {
        #expect(try ServerSettings(environment: [:]).publicURL == nil)
        for (value, expected) in [
            ("https://aiser.example.com/", "https://aiser.example.com"),
            ("http://10.0.0.5:8000", "http://10.0.0.5:8000"),
            (" https://example.com/tools/aiser// ", "https://example.com/tools/aiser"),
        ] {
            #expect(try ServerSettings(environment: ["AISER_PUBLIC_URL": value]).publicURL == expected)
        }
        for bad in [
            "aiser.example.com", "ftp://example.com", "https://", "https://example.com/?a=1", "https://x.com/#top",
            "https://user:pw@example.com", "javascript:alert(1)",
        ] {
            #expect(throws: SettingsError.self, "\(bad)") {
                try ServerSettings(environment: ["AISER_PUBLIC_URL": bad])
            }
        }
    }

    @Test("production refuses missing, short and well-known secrets")
    func production() throws {
        var s = ServerSettings()
        s.mode = .production
        s.dataDirectory = "/nonexistent"
        #expect(throws: SettingsError.self) { try SecretProvider.secret(for: s) }
        for weak in [
            "secret", "changeme", "short-but-random-x1", String(repeating: "a", count: 40),
            "change-me-to-a-long-random-string-of-32-bytes-or-more",
        ] {
            s.secret = weak
            #expect(throws: SettingsError.self, "\(weak)") { try SecretProvider.secret(for: s) }
        }
        s.secret = "q8Zr0vN3kT1xLw7pYc5bHs2mJf9dGa4e"
        #expect(try SecretProvider.secret(for: s) == "q8Zr0vN3kT1xLw7pYc5bHs2mJf9dGa4e")
    }

    @Test("development generates one secret, keeps it with mode 0600 and reuses it")
    func development() throws {
        let dir = try TemporaryDirectory("aiser-secret")
        defer { dir.remove() }
        var s = ServerSettings()
        s.dataDirectory = dir.url.path
        let first = try SecretProvider.secret(for: s)
        #expect(first.utf8.count >= 32)
        #expect(try SecretProvider.secret(for: s) == first)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path(SecretProvider.fileName))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("the bootstrap administrator is created once, with a default organization")
    func bootstrap() async throws {
        let server = try await TestServer()
        let users = try await server.backend.users.list(UserFilter(), page: Page(number: 1, limit: 10))
        #expect(users.total == 1 && users.users[0].isPlatformAdmin && users.users[0].role == .admin)
        #expect(try await AccountService(backend: server.backend).bootstrapAdmin() == nil)
        server.directory.remove()
    }

    @Test("migrations are numbered and idempotent")
    func migrations() async throws {
        let dir = try TemporaryDirectory("aiser-migrate")
        defer { dir.remove() }
        _ = try MetadataStore(path: dir.path("m.sqlite"))
        let again = try MetadataStore(path: dir.path("m.sqlite"))
        let version = try await again.read { try $0.rows("PRAGMA user_version")[0][0].int }
        #expect(version == Int64(Migrations.all.count))
        let mode = try await again.read { try $0.rows("PRAGMA journal_mode")[0][0].string }
        #expect(mode == "wal")
    }
}
