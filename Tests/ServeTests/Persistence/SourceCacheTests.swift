import Engine
import Foundation
import HTTPTypes
import Synchronization
import TestSupport
import Testing

@testable import Serve

/// Questions reuse a source's reader (read connection and lexicon) while its file is unchanged;
/// a new file, a deletion or the capacity bound closes it.
@Suite("Per-source cache of readers for questions")
struct SourceCacheTests {
    /// Asks `question` through the API and answers the chart's first value.
    static func firstValue(_ c: Client, _ question: String, source: String, token: String) async throws -> Double? {
        let r = try await c.call(
            .post, "/api/v1/analytics/chart", token: token, json: ["query": question, "data_source": source])
        try #require(r.status == .created, "\(r.body)")
        return ChartControllerTests.values(r.data["chart_data"]).values.first
    }

    @Test("a second question reuses the reader; deleting the source closes it")
    func reuseAndDelete() async throws {
        let server = try await TestServer()
        let store = server.backend.sources
        try await server.test { c in
            let admin = try await c.adminToken()
            let id = try await c.uploadSales(token: admin)
            _ = try await c.createChart("total revenue", source: id, token: admin)
            _ = try await c.createChart("total revenue by region", source: id, token: admin)
            #expect(store.opened.load(ordering: .relaxed) == 1)
            #expect(store.cache.count(of: id) == 1)
            #expect(try await c.call(.delete, "/api/v1/data/sources/\(id)", token: admin).status == .ok)
            #expect(store.cache.count(of: id) == 0)
        }
    }

    @Test("a rebuilt file is a new data version: the next question opens it and sees the new data")
    func dataChange() async throws {
        let server = try await TestServer()
        let store = server.backend.sources
        try await server.test { c in
            let admin = try await c.adminToken()
            let id = try await c.uploadSales(token: admin)
            let before = try await Self.firstValue(c, "total revenue", source: id, token: admin)
            #expect(before == 370)
            let adminUser = try await server.backend.users.find(email: TestServer.adminEmail)
            let organization = try #require(adminUser?.organizationID)
            let record = try #require(try await server.backend.dataSources.find(id: id, organizationID: organization))
            let upload = server.directory.url.appendingPathComponent("new.csv")
            try "date,product,region,revenue\n2024-01-05,Alpha,North,1000\n".write(
                to: upload, atomically: true, encoding: .utf8)
            _ = try store.files.build(id: id, upload: upload, format: .csv, table: record.tableName)
            #expect(try await Self.firstValue(c, "total revenue", source: id, token: admin) == 1000)
            #expect(store.opened.load(ordering: .relaxed) == 2)
            #expect(store.cache.count(of: id) == 1, "the old version's reader is dropped")
        }
    }

    @Test("at most AISER_SOURCE_CACHE readers are kept, the least recently used closed first")
    func bounded() async throws {
        let server = try await TestServer(configure: { $0.sourceCacheSize = 2 })
        let store = server.backend.sources
        try await server.test { c in
            let admin = try await c.adminToken()
            var ids: [String] = []
            for n in 1...3 { ids.append(try await c.uploadSales(token: admin, name: "sales_\(n)")) }
            for id in ids { _ = try await c.createChart("total revenue", source: id, token: admin) }
            #expect(store.cache.count() == 2)
            #expect(store.cache.count(of: ids[0]) == 0 && store.cache.count(of: ids[2]) == 1)
            _ = try await c.createChart("total revenue", source: ids[2], token: admin)
            #expect(store.opened.load(ordering: .relaxed) == 3)
            _ = try await c.createChart("total revenue", source: ids[0], token: admin)
            #expect(store.opened.load(ordering: .relaxed) == 4)
            #expect(store.cache.count(of: ids[1]) == 0, "the least recently used went")
        }
    }

    @Test("the readers kept hold at most AISER_SOURCE_CACHE_MB between them, the least recently used closed first")
    func memoryBudget() throws {
        let dir = try TemporaryDirectory("aiser-cache-budget")
        defer { dir.remove() }
        var readers: [SourceReader] = []
        for n in 0..<3 {
            let path = dir.path("s\(n).sqlite")
            let db = try Connection(path: path)
            try db.execute(
                """
                CREATE TABLE t(region TEXT, revenue REAL);
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)
                INSERT INTO t SELECT 'R' || (i % 40), i * 1.5 FROM n;
                """)
            let reader = try SourceReader(
                key: SourceCache.Key(id: "s\(n)", version: "v"), path: path, table: "t",
                artefacts: dir.url.appendingPathComponent("none.sqlite"))
            _ = try reader.asker().ask("total revenue by region")
            readers.append(reader)
        }
        let each = readers.map(\.estimatedBytes)
        #expect(each.allSatisfy { $0 > 10_000 }, "\(each)")
        let cache = SourceCache(capacity: 10, budget: each[0] + each[1] + each[2] / 2)
        for r in readers { cache.put(r) }
        #expect(cache.count() == 2 && cache.bytes <= cache.budget)
        #expect(cache.count(of: "s0") == 0, "the least recently used went")
        let tiny = SourceCache(capacity: 10, budget: each[0] / 2)
        tiny.put(readers[0])
        #expect(tiny.count() == 0, "a reader larger than the whole budget is not kept")
    }
}
