import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("Replacing a data source's file")
struct ReplaceDataTests {
    static let before = "region,revenue\nNorth,100\nSouth,200\n"
    static let after = "region,revenue\nNorth,1000\nSouth,2000\nEast,3000\n"

    func replace(_ c: Client, _ source: String, _ name: String, _ content: String, token: String) async throws
        -> Client.Answer
    {
        try await c.call(
            .put, "/api/v1/data/sources/\(source)/file", token: token,
            raw: Client.multipart(fileName: name, content: content, fields: []),
            headers: ["Content-Type": "multipart/form-data; boundary=XyZ-boundary-42"])
    }

    @Test("keeps the id; charts, dashboards and exports show the new data")
    func replaces() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let up = try await c.upload("sales.csv", Self.before, token: admin)
            let source = try #require(up.data["data_source_id"] as? String)
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            let board = try await c.createDashboard("Board", charts: [chart], token: admin)
            let csv = "/api/v1/export/chart/\(chart)?format=csv"
            #expect(try await c.call(.get, csv, token: admin).body.contains("North,100\n"))
            let r = try await replace(c, source, "sales-2.csv", Self.after, token: admin)
            #expect(r.status == .ok, "\(r.body)")
            #expect(r.data["data_source_id"] as? String == source)
            #expect(r.data["rows"] as? Int == 3)
            #expect(r.data["file_name"] as? String == "sales-2.csv")
            let exported = try await c.call(.get, csv, token: admin).body
            #expect(exported.contains("East,3000\n") && exported.contains("North,1000\n"), "\(exported)")
            let stored = try await c.call(.get, "/api/v1/analytics/chart/\(chart)", token: admin)
            let labels = ((stored.data["chart_data"] as? [String: Any])?["data"] as? [String: Any])?["labels"]
            #expect((labels as? [String])?.sorted() == ["East", "North", "South"])
            let page = try await c.call(.get, "/dashboards/\(board)", token: admin)
            #expect(page.body.contains("East"))
            let schema = try await c.call(.get, "/api/v1/data/sources/\(source)/schema", token: admin)
            #expect((schema.data["statistics"] as? [String: Any])?["total_rows"] as? Int == 3)
        }
    }

    @Test("a bad file changes nothing; columns that no longer fit give the chart a clear error")
    func failures() async throws {
        try await TestServer().test(.live) { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let up = try await c.upload("sales.csv", Self.before, token: a.token)
            let source = try #require(up.data["data_source_id"] as? String)
            let chart = try await c.createChart("total revenue by region", source: source, token: a.token)
            let board = try await c.createDashboard("Board", charts: [chart], token: a.token)
            let csv = "/api/v1/export/chart/\(chart)?format=csv"
            let bad = try await replace(c, source, "sales.pdf", Self.after, token: a.token)
            #expect(bad.status == .unprocessableContent)
            #expect((bad.error["details"] as? [String: String])?.keys.sorted() == ["file"])
            let empty = try await replace(c, source, "sales.csv", "", token: a.token)
            #expect(empty.status == .unprocessableContent, "\(empty.body)")
            #expect(try await c.call(.get, csv, token: a.token).body.contains("North,100\n"), "old data kept")
            #expect(try await replace(c, source, "x.csv", Self.after, token: b.token).status == .notFound)
            let other = try await replace(c, source, "other.csv", "city,people\nOslo,700000\n", token: a.token)
            #expect(other.status == .ok, "\(other.body)")
            let export = try await c.call(.get, csv, token: a.token)
            #expect(export.status == .unprocessableContent)
            let message = try #require((export.error["details"] as? [String: String])?["query"])
            #expect(message.hasPrefix("The chart's question no longer fits its data"))
            #expect(try await c.call(.get, "/api/v1/analytics/chart/\(chart)", token: a.token).status == .ok)
            let html = try await c.call(.get, "/api/v1/export/dashboard/\(board)?format=html", token: a.token)
            #expect(html.status == .ok)
            #expect(html.body.contains("no longer fits its data"))
        }
    }
}
