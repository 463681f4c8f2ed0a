import Engine
import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("Migration 7: rows written before the search index exists are indexed and counted")
struct SearchBackfillTests {
    @Test("charts, dashboards, data sources (with column names) and users are backfilled; facts too")
    func backfill() async throws {
        let dir = try TemporaryDirectory("aiser-backfill")
        defer { dir.remove() }
        let path = dir.path("m.sqlite")
        do {
            let db = try Connection(path: path)
            for (i, sql) in Migrations.all.prefix(6).enumerated() {
                try db.execute(sql)
                try db.execute("PRAGMA user_version = \(i + 1)")
            }
            try db.execute(
                """
                INSERT INTO organizations VALUES ('org_a', 'A', NULL, 'free', 'active', '{}', 1);
                INSERT INTO organizations VALUES ('org_b', 'B', NULL, 'free', 'active', '{}', 1);
                INSERT INTO users(id, organization_id, email, username, password_hash, first_name, last_name, role,
                                  status, preferences, created_at, last_login)
                VALUES ('user_a', 'org_a', 'ada@a.test', 'ada', 'x', 'Ada', 'Lovelace', 'admin', 'active', '{}', 1, 500);
                INSERT INTO charts VALUES ('chart_1', 'org_a', 'user_a', 'ds_1', 'total revenue by region', NULL, 'bar',
                                           '{}', '{}', '[]', '', 100, 100);
                INSERT INTO dashboards VALUES ('dash_1', 'org_b', 'user_a', 'Région Nord', 'Équipe', '[]', '{}', 200, 200);
                INSERT INTO data_sources VALUES ('ds_1', 'org_a', 'user_a', 'ledger', NULL, 'l.csv', 't', 'csv', 4096, 3, 2,
                    '[{"name":"unit_price","type":"number"},{"name":"shipped_on","type":"date"}]', '{}', '["finance"]', 300);
                """)
        }
        let store = try MetadataStore(path: path)
        let search = SQLiteSearchRepository(db: store)
        func ids(_ text: String, _ org: String = "org_a") async throws -> [String] {
            try await search.search(
                SearchQuery(text: text, organizationID: org, types: SearchType.allCases),
                page: Page(number: 1, limit: 10)
            ).hits.map(\.id)
        }
        #expect(try await ids("revenue by region") == ["chart_1"])
        #expect(try await ids("price") == ["ds_1"])
        #expect(try await ids("finance") == ["ds_1"])
        #expect(try await ids("lovelace") == ["user_a"])
        #expect(try await ids("region") == ["chart_1"])
        #expect(try await ids("region", "org_b") == ["dash_1"])
        let usage = SQLiteUsageRepository(db: store)
        let figures = try await usage.user("user_a", at: 1_000)
        #expect(figures.chartsCreated == 1 && figures.bytesUploaded == 4096 && figures.lastLogin == 500)
        await store.shutdown()
    }
}
