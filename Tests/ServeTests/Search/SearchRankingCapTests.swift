import Engine
import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("Search beyond the ranking cap: bm25 ranks the newest matches, every match is counted and paged")
struct SearchRankingCapTests {
    @Test("1,200 matches: the newest 1,000 ranked, the rest newest first; other organizations invisible")
    func cap() async throws {
        let dir = try TemporaryDirectory("aiser-search-cap")
        defer { dir.remove() }
        let store = try MetadataStore(path: dir.path("m.sqlite"))
        let count = 1_200, cap = SQLiteSearchRepository.rankedCandidates
        try #require(count > cap)
        // Dashboard i is indexed i-th; the oldest holds the word twice in its title (the best
        // bm25 match of all), the newest once in its title, the others only in the description.
        var rows: [String] = []
        for i in 0..<count {
            let name = i == 0 ? "Weekly weekly" : i == count - 1 ? "Weekly report" : "Board \(i)"
            rows.append("('dash_\(i)', 'org_a', 'user_a', '\(name)', 'weekly numbers', '[]', '{}', \(i), \(i))")
        }
        for i in 0..<30 { rows.append("('other_\(i)', 'org_b', 'user_a', 'Weekly \(i)', 'weekly', '[]', '{}', 0, 0)") }
        let values = rows.joined(separator: ",\n")
        try await store.write { db in
            try db.execute(
                """
                INSERT INTO organizations VALUES ('org_a', 'A', NULL, 'free', 'active', '{}', 1);
                INSERT INTO organizations VALUES ('org_b', 'B', NULL, 'free', 'active', '{}', 1);
                INSERT INTO users(id, organization_id, email, username, password_hash, first_name, last_name, role,
                                  status, preferences, created_at, last_login)
                VALUES ('user_a', 'org_a', 'ada@a.test', 'ada', 'x', 'Ada', 'Lovelace', 'admin', 'active', '{}', 1, NULL);
                INSERT INTO dashboards(id, organization_id, user_id, name, description, layout, settings, created_at,
                                       updated_at) VALUES \(values);
                """)
        }
        let search = SQLiteSearchRepository(db: store)
        func page(_ number: Int, _ limit: Int, types: [SearchType] = SearchType.allCases) async throws -> (
            hits: [SearchHit], total: Int
        ) {
            try await search.search(
                SearchQuery(text: "weekly", organizationID: "org_a", types: types),
                page: Page(number: number, limit: limit))
        }
        let first = try await page(1, 10)
        #expect(first.total == count)
        // The best match within the newest 1,000 leads; the oldest (better by bm25) is past the cap.
        #expect(first.hits.first?.id == "dash_\(count - 1)")
        #expect(!first.hits.contains { $0.id == "dash_0" })
        let scores = first.hits.map(\.relevance)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
        var all: [SearchHit] = []
        for number in 1...(count / 70 + 1) { all += try await page(number, 70).hits }
        #expect(all.count == count && Set(all.map(\.id)).count == count)
        #expect(all.allSatisfy { $0.id.hasPrefix("dash_") })
        // Ranked: exactly the newest 1,000; then the rest, newest first, down to the oldest.
        let ranked = Set(all.prefix(cap).map(\.id))
        #expect(ranked == Set(((count - cap)..<count).map { "dash_\($0)" }))
        #expect(all.suffix(count - cap).map(\.id) == (0..<(count - cap)).reversed().map { "dash_\($0)" })
        #expect(all.last?.relevance ?? 0 > 0)
        // The kinds a caller may not see are filtered before counting.
        #expect(try await page(1, 10, types: [.charts, .users]).total == 0)
        let other = try await search.search(
            SearchQuery(text: "weekly", organizationID: "org_b", types: SearchType.allCases),
            page: Page(number: 1, limit: 50))
        #expect(other.total == 30 && other.hits.allSatisfy { $0.id.hasPrefix("other_") })
        await store.shutdown()
    }
}
