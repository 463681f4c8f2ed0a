import Engine
import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("Search: a word starting exactly one indexed term is matched as that term")
struct SearchCompletionTests {
    @Test("the same rows as the prefix, and a term indexed later widens the word again")
    func freshAfterWrites() async throws {
        let dir = try TemporaryDirectory("aiser-search-completion")
        defer { dir.remove() }
        let store = try MetadataStore(path: dir.path("m.sqlite"))
        func add(_ id: String, _ name: String) async throws {
            try await store.write { db in
                try db.execute(
                    "INSERT INTO dashboards VALUES ('\(id)', 'org_a', 'user_a', '\(name)', NULL, '[]', '{}', 1, 1)")
            }
        }
        try await store.write { db in
            try db.execute("INSERT INTO organizations VALUES ('org_a', 'A', NULL, 'free', 'active', '{}', 1)")
        }
        try await add("dash_1", "Quarterly review")
        try await add("dash_2", "Review of reviews")
        let search = SQLiteSearchRepository(db: store)
        func ids(_ text: String) async throws -> [String] {
            try await search.search(
                SearchQuery(text: text, organizationID: "org_a", types: SearchType.allCases),
                page: Page(number: 1, limit: 10)
            ).hits.map(\.id).sorted()
        }
        let expression = try await store.read { c in
            try SearchTerms.expression(for: "revie reviews", on: c, vocabulary: search.vocabulary)
        }
        // "revie" starts "review" and "reviews"; "reviews" starts only itself.
        #expect(expression.text == "\"revie\"* AND \"reviews\"")
        #expect(try await ids("revie") == ["dash_1", "dash_2"])
        #expect(try await ids("reviews") == ["dash_2"])
        #expect(try await ids("quart") == ["dash_1"])
        // The cached vocabulary knew only "reviews"; the write that adds "reviewsheet" replaces it.
        try await add("dash_3", "Reviewsheet")
        #expect(try await ids("reviews") == ["dash_2", "dash_3"])
        await store.shutdown()
    }
}
