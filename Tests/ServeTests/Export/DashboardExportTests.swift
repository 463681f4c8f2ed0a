import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("Dashboard export")
struct DashboardExportTests {
    @Test("PDF: paginated at the asked paper, title and page numbers in the footer; HTML self-contained")
    func pdfAndHTML() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            var charts: [String] = []
            for q in ["total revenue by product", "total revenue by region", "average revenue by region"] {
                charts.append(try await c.createChart(q, source: source, token: admin))
            }
            let id = try await c.createDashboard("Quarterly sales", charts: charts, token: admin)
            _ = try await c.call(.delete, "/api/v1/analytics/chart/\(charts[2])", token: admin)
            let base = "/api/v1/export/dashboard/\(id)"
            let pdf = try await c.bytes(base, token: admin)
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.contentDisposition] == "attachment; filename=\"Quarterly-sales.pdf\"")
            if Poppler.available {
                let info = try Poppler.run("pdfinfo", pdf.data)
                #expect(info.contains("Page size: 595 x 842 pts"), "\(info)")
                let text = try Poppler.run("pdftotext", pdf.data)
                #expect(text.contains("Quarterly sales · 1 /"))
                #expect(text.contains("This chart was deleted."))
                let wide = try await c.bytes(base + "?format=pdf&page_size=letter&orientation=landscape", token: admin)
                let wideInfo = try Poppler.run("pdfinfo", wide.data)
                #expect(wideInfo.contains("Page size: 792 x 612 pts"), "\(wideInfo)")
                // Landscape pages hold less height, so the charts need more pages.
                func pages(_ info: String) -> Int? {
                    info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                        .flatMap { Int($0.split(separator: " ").last ?? "") }
                }
                #expect((pages(wideInfo) ?? 0) >= (pages(info) ?? 99))
                let legal = try await c.bytes(base + "?page_size=legal", token: admin)
                #expect(try Poppler.run("pdfinfo", legal.data).contains("Page size: 612 x 1008 pts"))
            }
            let html = try await c.call(.get, base + "?format=html", token: admin)
            #expect(html.header("Content-Type") == "text/html; charset=utf-8")
            #expect(html.body.contains("dashboard-grid") && html.body.contains("<svg"))
            #expect(!html.body.contains("src=") && !html.body.contains("<link"), "no external reference")
            let titles = try await c.call(.get, base + "?format=html&include_charts=false", token: admin)
            #expect(!titles.body.contains("<svg"))
            for (query, field) in [
                ("format=png", "format"), ("page_size=a3", "page_size"), ("orientation=up", "orientation"),
                ("include_charts=maybe", "include_charts"),
            ] {
                let r = try await c.call(.get, base + "?" + query, token: admin)
                #expect(r.status == .unprocessableContent, "\(query)")
                #expect((r.error["details"] as? [String: String])?.keys.sorted() == [field])
            }
        }
    }
}
