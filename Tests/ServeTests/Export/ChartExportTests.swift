import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("Chart export")
struct ChartExportTests {
    /// Sales by region with a region name a spreadsheet would run as a formula.
    static let csv = "region,revenue\nNorth,100\nSouth,250\n=HYPERLINK(\"x\"),30\nNorth,50\n"

    /// The width and height in a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test("every format from current data, with its type, a safe file name and the asked size")
    func formats() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let up = try await c.upload("sales.csv", Self.csv, token: admin, fields: [("data_source_name", "sales")])
            let source = try #require(up.data["data_source_id"] as? String)
            let chart = try await c.createChart(
                "total revenue by region", source: source, token: admin,
                extra: ["title": "Revenue / \"Q1\" <by> région"])
            let base = "/api/v1/export/chart/\(chart)"
            let png = try await c.bytes(base + "?format=png&width=300&height=200&scale=2", token: admin)
            #expect(png.status == .ok)
            #expect(png.headers[.contentType] == "image/png")
            #expect(png.headers[.contentDisposition] == "attachment; filename=\"Revenue-Q1-by-region.png\"")
            #expect(Self.pngSize(png.data).map { [$0.0, $0.1] } == [600, 400])
            let plain = try await c.bytes(base, token: admin)
            #expect(Self.pngSize(plain.data).map { [$0.0, $0.1] } == [640, 360], "png at the chart's size by default")
            let svg = try await c.call(.get, base + "?format=svg&width=500&theme=dark", token: admin)
            #expect(svg.header("Content-Type") == "image/svg+xml")
            #expect(svg.body.hasPrefix("<svg") && svg.body.contains("width=\"500\""))
            #expect(svg.body.contains("Revenue / &quot;Q1&quot; &lt;by&gt; région"))
            let csv = try await c.call(.get, base + "?format=csv", token: admin)
            #expect(csv.header("Content-Type") == "text/csv; charset=utf-8")
            #expect(csv.body.contains("'=HYPERLINK"), "formula-safe: \(csv.body)")
            #expect(csv.body.hasPrefix("region,Sum of revenue\n"), "\(csv.body)")
            #expect(csv.body.contains("North,150"))
            let json = try await c.call(.get, base + "?format=json", token: admin)
            let rows = try #require(json.json["rows"] as? [[String: Any]])
            #expect(rows.count == 3)
            #expect((json.json["chart_data"] as? [String: Any])?["type"] as? String == "bar")
            let html = try await c.call(.get, base + "?format=html", token: admin)
            #expect(html.body.lowercased().hasPrefix("<!doctype html") && html.body.contains("<svg"))
            #expect(!html.body.contains("src=") && !html.body.contains("href=\"http"), "self-contained")
            let pdf = try await c.bytes(base + "?format=pdf&width=800&height=400", token: admin)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.data.starts(with: Array("%PDF".utf8)))
            if Poppler.available {
                #expect(try Poppler.run("pdfinfo", pdf.data).contains("Page size: 800 x 400 pts"))
                #expect(try Poppler.run("pdftotext", pdf.data).contains("North"))
            }
        }
    }

    @Test("ETag and If-None-Match answer 304; new data changes the ETag")
    func etag() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            let uri = "/api/v1/export/chart/\(chart)?format=svg"
            let first = try await c.call(.get, uri, token: admin)
            let tag = try #require(first.header("ETag"))
            #expect(tag.hasPrefix("\"") && tag.count == 34)
            let again = try await c.call(.get, uri, token: admin, headers: ["If-None-Match": tag])
            #expect(again.status == .notModified)
            #expect(again.body.isEmpty)
            let other = try await c.call(.get, uri + "&theme=dark", token: admin, headers: ["If-None-Match": tag])
            #expect(other.status == .ok)
            #expect(other.header("ETag") != tag)
        }
    }

    @Test("sizes and parameters out of bounds answer 422 naming the parameter; other organizations 404")
    func bounds() async throws {
        try await TestServer().test(.live) { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let source = try await c.uploadSales(token: a.token)
            let chart = try await c.createChart("total revenue by region", source: source, token: a.token)
            let base = "/api/v1/export/chart/\(chart)?"
            for (query, field) in [
                ("width=99", "width"), ("width=4001", "width"), ("height=100000", "height"), ("height=abc", "height"),
                ("scale=5", "scale"), ("scale=0", "scale"), ("scale=1.5", "scale"), ("format=gif", "format"),
                ("theme=neon", "theme"),
            ] {
                let r = try await c.call(.get, base + query, token: a.token)
                #expect(r.status == .unprocessableContent, "\(query) answered \(r.status)")
                #expect((r.error["details"] as? [String: String])?.keys.sorted() == [field], "\(r.body)")
            }
            #expect(try await c.call(.get, base + "width=4000&height=100&format=svg", token: a.token).status == .ok)
            #expect(try await c.call(.get, base + "format=svg", token: b.token).status == .notFound)
            #expect(
                try await c.call(.get, "/api/v1/export/chart/chart_nope?format=svg", token: a.token).status == .notFound
            )
            #expect(try await c.call(.get, base + "format=svg").status == .unauthorized)
        }
    }
}
