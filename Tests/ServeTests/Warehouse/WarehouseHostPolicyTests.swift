import Testing

@testable import Serve

/// `AISER_WAREHOUSE_HOSTS`: which host and port a warehouse source may name.
@Suite("The warehouse host allow-list")
struct WarehouseHostPolicyTests {
    @Test("entries allow a host on any port or on one port, as written, and nothing else")
    func matching() throws {
        let s = try ServerSettings(environment: [
            "AISER_WAREHOUSE_HOSTS": " DB.internal , clickhouse.internal:8123,[::1]:5432, 10.0.0.7."
        ])
        let policy = WarehouseHostPolicy(s.warehouse.allowedHosts)
        #expect(policy.allows(host: "db.internal", port: 5432) && policy.allows(host: "db.internal.", port: 1))
        #expect(policy.allows(host: "clickhouse.internal", port: 8123))
        #expect(!policy.allows(host: "clickhouse.internal", port: 8124))
        #expect(policy.allows(host: "::1", port: 5432) && policy.allows(host: "[::1]", port: 5432))
        #expect(!policy.allows(host: "::1", port: 5433))
        #expect(policy.allows(host: "10.0.0.7", port: 9000))
        #expect(!policy.allows(host: "127.0.0.1", port: 5432) && !policy.allows(host: "localhost", port: 5432))
        #expect(
            !policy.allows(host: "sub.db.internal", port: 5432) && !policy.allows(host: "db.internal.evil", port: 5432))
        #expect(!WarehouseHostPolicy([]).allows(host: "127.0.0.1", port: 5432))
    }

    @Test("a malformed entry is refused at start-up, naming it")
    func malformed() {
        for bad in ["db:port", "db:70000", "user@db", "http://db", "[::1]x"] {
            #expect(throws: SettingsError.self, "\(bad)") {
                try ServerSettings(environment: ["AISER_WAREHOUSE_HOSTS": "ok.internal,\(bad)"])
            }
        }
    }
}
