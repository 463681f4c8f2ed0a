import Engine
import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("Migration 12: an object's organization and kind in its search rowid")
struct SearchRowidRangeTests {
    static let organizations = """
        INSERT INTO organizations VALUES ('org_a', 'A', NULL, 'free', 'active', '{}', 1);
        INSERT INTO organizations VALUES ('org_b', 'B', NULL, 'free', 'active', '{}', 1);
        INSERT INTO users(id, organization_id, email, username, password_hash, first_name, last_name, role,
                          status, preferences, created_at, last_login)
        VALUES ('user_a', 'org_a', 'ada@a.test', 'ada', 'x', 'Ada', 'Lovelace', 'admin', 'active', '{}', 1, NULL);
        """

    static func dashboard(_ id: String, _ org: String, _ name: String) -> String {
        "INSERT INTO dashboards VALUES ('\(id)', '\(org)', 'user_a', '\(name)', 'weekly numbers', '[]', '{}', 1, 1);"
    }

    /// The search rowids of `org`'s objects in indexing order, with their object ids.
    static func rowids(_ store: MetadataStore, _ org: String) async throws -> [(id: Int64, object: String)] {
        try await store.read { c in
            try c.rows(
                "SELECT id, object_id FROM search_objects WHERE organization_id = ? ORDER BY id", [.text(org)]
            ).map { ($0.int64(0), $0.text(1)) }
        }
    }

    @Test("an existing database is renumbered and re-indexed; later writes continue each organization's range")
    func migration() async throws {
        let dir = try TemporaryDirectory("aiser-search-ranges")
        defer { dir.remove() }
        let path = dir.path("m.sqlite")
        do {
            let db = try Connection(path: path)
            for (i, sql) in Migrations.all.prefix(11).enumerated() {
                try db.execute(sql)
                try db.execute("PRAGMA user_version = \(i + 1)")
            }
            try db.execute(Self.organizations)
            // Interleaved writes of two organizations, under migration 10's triggers.
            try db.execute(
                Self.dashboard("dash_a1", "org_a", "Weekly sales") + Self.dashboard("dash_b1", "org_b", "Weekly ops")
                    + Self.dashboard("dash_a2", "org_a", "Weekly churn")
                        + """
                        INSERT INTO charts VALUES ('chart_a', 'org_a', 'user_a', 'ds_1', 'weekly revenue by region', NULL,
                            'bar', '{}', '{}', '[]', '', 100, 100, 0, 1);
                        """)
        }
        let store = try MetadataStore(path: path)
        let version = try await store.read { c in try c.firstRow("PRAGMA user_version")?.first?.int }
        #expect(version == Int64(Migrations.all.count))
        let a = try await Self.rowids(store, "org_a"), b = try await Self.rowids(store, "org_b")
        let ordinalA = try #require(
            try await store.read { c in
                try c.firstRow("SELECT ordinal FROM search_organizations WHERE organization_id = 'org_a'")?.first?.int
            })
        let rangeA = SearchIndexSchema.rowids(ofOrganization: ordinalA)
        // Each organization one range, in indexing order, users in its upper half, kinds in the low bits.
        #expect(a.map(\.object) == ["dash_a1", "dash_a2", "chart_a", "user_a"])
        #expect(a.allSatisfy { rangeA.contains($0.id) } && b.allSatisfy { !rangeA.contains($0.id) })
        #expect(a.map { $0.id & 3 } == [1, 1, 0, 3])
        #expect(
            a.map { SearchIndexSchema.rowids(ofOrganization: ordinalA, half: 1).contains($0.id) } == [
                false, false, false, true,
            ])
        #expect(b.map(\.object) == ["dash_b1"])
        // The index was rebuilt on the new rowids: every object is found under its organization.
        let search = SQLiteSearchRepository(db: store)
        func ids(_ text: String, _ org: String, _ types: [SearchType] = SearchType.allCases) async throws -> Set<String>
        {
            Set(
                try await search.search(
                    SearchQuery(text: text, organizationID: org, types: types), page: Page(number: 1, limit: 50)
                ).hits.map(\.id))
        }
        #expect(try await ids("weekly", "org_a") == ["dash_a1", "dash_a2", "chart_a"])
        #expect(try await ids("weekly", "org_a", [.charts]) == ["chart_a"])
        #expect(try await ids("weekly", "org_b") == ["dash_b1"])
        #expect(try await ids("lovelace", "org_a", [.dashboards, .charts, .dataSources]).isEmpty)
        #expect(try await ids("weekly", "org_c").isEmpty)
        // New objects (and a new organization) continue after the migrated ones.
        try await store.write { db in
            try db.execute(
                """
                INSERT INTO organizations VALUES ('org_c', 'C', NULL, 'free', 'active', '{}', 1);
                \(Self.dashboard("dash_a3", "org_a", "Weekly margin"))
                \(Self.dashboard("dash_c1", "org_c", "Weekly hiring"))
                DELETE FROM dashboards WHERE id = 'dash_a1';
                UPDATE dashboards SET name = 'Monthly churn', description = NULL WHERE id = 'dash_a2';
                """)
        }
        let after = try await Self.rowids(store, "org_a")
        #expect(after.map(\.object) == ["dash_a2", "chart_a", "dash_a3", "user_a"])
        #expect(after.allSatisfy { rangeA.contains($0.id) })
        #expect(try await ids("weekly", "org_a") == ["chart_a", "dash_a3"])
        #expect(try await ids("monthly churn", "org_a") == ["dash_a2"])
        #expect(try await ids("weekly", "org_c") == ["dash_c1"])
        #expect(try await ids("hiring", "org_a").isEmpty)
        try await store.write { db in
            try db.execute(
                """
                INSERT INTO users(id, organization_id, email, username, password_hash, first_name, last_name, role,
                                  status, preferences, created_at, last_login)
                VALUES ('user_b', 'org_a', 'bob@a.test', 'bob', 'x', 'Bob', 'Weekly', 'member', 'active', '{}', 2, NULL);
                """)
        }
        #expect(try await ids("weekly", "org_a") == ["chart_a", "dash_a3", "user_b"])
        #expect(try await ids("weekly", "org_a", [.users]) == ["user_b"])
        #expect(try await ids("weekly", "org_a", [.charts, .dashboards, .dataSources]) == ["chart_a", "dash_a3"])
        #expect(try await ids("weekly", "org_a", [.dashboards, .users]) == ["dash_a3", "user_b"])
        await store.shutdown()
    }

    @Test("every kind but users, or users alone, is one range; other sets of kinds are tested")
    func ranges() {
        let whole = SearchIndexSchema.rowids(ofOrganization: 5)
        let lower = SearchIndexSchema.rowids(ofOrganization: 5, half: 0)
        let upper = SearchIndexSchema.rowids(ofOrganization: 5, half: 1)
        #expect(whole.lowerBound == lower.lowerBound && lower.upperBound + 1 == upper.lowerBound)
        #expect(upper.upperBound == whole.upperBound && whole.upperBound + 1 == 6 << 40)
        func narrowest(_ kinds: Set<Int64>) -> (ClosedRange<Int64>, Bool) {
            let r = SearchIndexSchema.rowids(ofOrganization: 5, kinds: kinds)
            return (r.range, r.mixed)
        }
        #expect(narrowest([0, 1, 2, 3]) == (whole, false))
        #expect(narrowest([0, 1, 2]) == (lower, false))
        #expect(narrowest([3]) == (upper, false))
        #expect(narrowest([1]) == (lower, true))
        #expect(narrowest([0, 3]) == (whole, true))
    }
}
