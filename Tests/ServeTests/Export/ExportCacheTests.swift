import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("Export cache")
struct ExportCacheTests {
    /// The `aiser_export_cache_total` hits and misses on `/metrics`.
    static func counts(_ c: Client) async throws -> (hits: Int, misses: Int) {
        let text = try await c.call(.get, "/metrics").body
        func value(_ result: String) -> Int {
            let line = text.split(separator: "\n").first {
                $0.hasPrefix("aiser_export_cache_total{result=\"\(result)\"}")
            }
            return line.flatMap { Int($0.split(separator: " ").last ?? "") } ?? -1
        }
        return (value("hit"), value("miss"))
    }

    static func replace(_ c: Client, _ source: String, _ content: String, token: String) async throws {
        let r = try await c.call(
            .put, "/api/v1/data/sources/\(source)/file", token: token,
            raw: Client.multipart(fileName: "sales.csv", content: content, fields: []),
            headers: ["Content-Type": "multipart/form-data; boundary=XyZ-boundary-42"])
        try #require(r.status == .ok, "\(r.body)")
    }

    @Test("a repeated export is a hit; a chart update or a data replacement misses and shows the change")
    func hitsAndMisses() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            let uri = "/api/v1/export/chart/\(chart)?format=svg&width=500"
            #expect(try await Self.counts(c) == (0, 0))
            let first = try await c.call(.get, uri, token: admin)
            #expect(first.status == .ok && first.body.contains("<svg"))
            #expect(try await Self.counts(c) == (0, 1))
            let second = try await c.call(.get, uri, token: admin)
            #expect(second.body == first.body && second.header("ETag") == first.header("ETag"))
            #expect(second.header("Content-Disposition") == first.header("Content-Disposition"))
            #expect(try await Self.counts(c) == (1, 1))
            // Other options are another export.
            _ = try await c.call(.get, uri + "&theme=dark", token: admin)
            #expect(try await Self.counts(c) == (1, 2))

            // A chart update bumps its version.
            let updated = try await c.call(
                .put, "/api/v1/analytics/chart/\(chart)", token: admin, json: ["title": "Takings by region"])
            #expect(updated.status == .ok)
            let retitled = try await c.call(.get, uri, token: admin)
            #expect(retitled.body.contains("Takings by region") && retitled.header("ETag") != first.header("ETag"))
            #expect(try await Self.counts(c) == (1, 3))
            _ = try await c.call(.get, uri, token: admin)
            #expect(try await Self.counts(c) == (2, 3))

            // New data under the same source: a miss with the new numbers, and the old ETag is no match.
            try await Self.replace(
                c, source, "date,product,region,revenue\n2024-01-05,Alpha,North,98765\n", token: admin)
            let fresh = try await c.call(
                .get, uri, token: admin, headers: ["If-None-Match": try #require(retitled.header("ETag"))])
            #expect(fresh.status == .ok && fresh.body != retitled.body && fresh.body.contains("98"))
            #expect(try await Self.counts(c) == (2, 4))
            // A matching If-None-Match answers 304 before anything is drawn.
            let tag = try #require(fresh.header("ETag"))
            let same = try await c.call(.get, uri, token: admin, headers: ["If-None-Match": tag])
            #expect(same.status == .notModified && same.body.isEmpty)
            #expect(try await Self.counts(c) == (2, 4))
        }
    }

    @Test("the cache keeps at most its entries and bytes, least recently used out first")
    func bounded() {
        var limits = ExportLimits()
        limits.cacheEntries = 2
        limits.cacheBytes = 400
        let cache = ExportCache(limits: limits)
        func key(_ id: String, _ options: String = "svg") -> ExportCache.Key {
            .init(chartID: id, chartVersion: 1, dataVersion: "v1", options: options)
        }
        let entry = ExportCache.Entry(bytes: Data(repeating: 1, count: 60), title: "t")
        cache.keep(entry, for: key("a"))
        cache.keep(entry, for: key("b"))
        _ = cache.entry(key("a"))
        cache.keep(entry, for: key("c"))
        #expect(cache.entry(key("a")) != nil && cache.entry(key("b")) == nil && cache.entry(key("c")) != nil)
        #expect(cache.size.entries == 2 && cache.size.bytes == 120)
        // Larger than a quarter of the budget: not kept.
        cache.keep(.init(bytes: Data(repeating: 1, count: 101), title: "t"), for: key("d"))
        #expect(cache.entry(key("d")) == nil)
        // A newer version of a chart replaces the older one.
        cache.keep(entry, for: .init(chartID: "a", chartVersion: 2, dataVersion: "v1", options: "svg"))
        #expect(cache.entry(key("a")) == nil)
        #expect(key("a").etag != ExportCache.Key(chartID: "a", chartVersion: 2, dataVersion: "v1", options: "svg").etag)
        let off = ExportCache(
            limits: {
                var l = ExportLimits(); l.cacheEntries = 0; return l
            }())
        off.keep(entry, for: key("a"))
        #expect(off.entry(key("a")) == nil)
    }

    @Test("export bounds are settings: the API refuses and documents what they allow")
    func boundsAreSettings() async throws {
        let server = try await TestServer {
            $0.export.maximumSize = 800
            $0.export.maximumScale = 2
            $0.export.maximumPixels = 500_000
        }
        try await server.test { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            let base = "/api/v1/export/chart/\(chart)?"
            for (query, field) in [
                ("width=801", "width"), ("scale=3", "scale"), ("width=800&height=400&scale=2", "scale"),
            ] {
                let r = try await c.call(.get, base + query, token: admin)
                #expect(r.status == .unprocessableContent, "\(query) answered \(r.status)")
                #expect((r.error["details"] as? [String: String])?.keys.sorted() == [field], "\(r.body)")
            }
            #expect(try await c.call(.get, base + "width=800&height=400", token: admin).status == .ok)
            let document = try await c.call(.get, "/api/v1/openapi.json")
            let text = document.body
            #expect(text.contains("\"maximum\":800") || text.contains("\"maximum\": 800"))
        }
        #expect(try ServerSettings(environment: ["AISER_EXPORT_MAX_SIZE": "1200"]).export.maximumSize == 1200)
        #expect(throws: SettingsError.self) { try ServerSettings(environment: ["AISER_EXPORT_MAX_SCALE": "9"]) }
    }
}
