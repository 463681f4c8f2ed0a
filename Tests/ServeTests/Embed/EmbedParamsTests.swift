import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

/// Embed tokens' locked parameters: column values every chart of the embed is filtered to.
@Suite("Locked embed parameters")
struct EmbedParamsTests {
    /// The sales table: Alpha 290 and Beta 80 in all; in the North, Alpha 220 and Beta 30.
    @Test("a locked region filters the embed page, the token page and the live update; the URL cannot undo it")
    func lockedRegion() async throws {
        let server = try await TestServer()
        try await server.test(.live) { c in
            let port = try #require(c.client.port)
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by product", source: source, token: admin)
            let open = try await c.call(.get, try await c.embedPath("chart", chart, token: admin))
            #expect(open.body.contains("290") && open.body.contains("80"), "unfiltered: Alpha 290, Beta 80")

            let minted = try await c.embedToken("chart", chart, token: admin, extra: ["params": ["region": "North"]])
            let url = try #require(minted["url"] as? String)
            let token = try #require(minted["token"] as? String)
            let embed = try await c.call(.get, url)
            #expect(embed.status == .ok && embed.body.contains("220") && !embed.body.contains("290"), "\(embed.body)")
            // The viewer cannot widen or change the filter through the URL.
            for extra in ["&region=South", "&params=%7B%7D", "&params[region]=South", "&token=x"] {
                let tried = try await c.call(.get, url + extra)
                #expect(tried.status != .ok || (tried.body.contains("220") && !tried.body.contains("290")), "\(extra)")
            }
            let page = try await c.call(.get, "/charts/\(chart)?token=\(token)&region=South")
            #expect(page.status == .ok && page.body.contains("220") && !page.body.contains("290"))
            // The stored chart and the members' page are untouched.
            let member = try await c.call(.get, "/charts/\(chart)", token: admin)
            #expect(member.body.contains("290"))

            // Live: the new data arrives filtered.
            let stream = try EventStream(
                port: port, path: url.replacingOccurrences(of: "?token=", with: "/events?token="))
            let first = await stream.read { $0.contains("</svg>") }
            #expect(first.contains("220") && !first.contains("290"))
            let newer = "date,product,region,revenue\n2024-01-05,Alpha,North,1000\n2024-01-20,Alpha,South,5000\n"
            let replaced = try await c.call(
                .put, "/api/v1/data/sources/\(source)/file", token: admin,
                raw: Client.multipart(fileName: "sales.csv", content: newer, fields: []),
                headers: ["Content-Type": "multipart/form-data; boundary=XyZ-boundary-42"])
            #expect(replaced.status == .ok, "\(replaced.body)")
            let text = await stream.read { $0.components(separatedBy: "event: render").count == 3 }
            let update = text.components(separatedBy: "event: render").last ?? ""
            #expect(
                stream.renders == 2 && (update.contains("1,000") || update.contains("1000")), "\(update.suffix(400))")
            #expect(!update.contains("6,000") && !update.contains("6000") && !update.contains("5,000"))
        }
    }

    @Test("unknown columns and values of the wrong type answer 422 naming the parameter")
    func validation() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by product", source: source, token: admin)
            let board = try await c.createDashboard("Board", charts: [chart], token: admin)
            for (type, id) in [("chart", chart), ("dashboard", board)] {
                let unknown = try await c.call(
                    .post, "/api/v1/embed/tokens", token: admin,
                    json: ["resource_type": type, "resource_id": id, "params": ["colour": "red"]])
                #expect(unknown.status == .unprocessableContent && unknown.errorCode == "VALIDATION_ERROR")
                let problem = (unknown.error["details"] as? [String: Any])?["params.colour"] as? String
                #expect(problem?.contains("no column \"colour\"") == true, "\(unknown.body)")
            }
            let typed = try await c.call(
                .post, "/api/v1/embed/tokens", token: admin,
                json: ["resource_type": "chart", "resource_id": chart, "params": ["revenue": "lots"]])
            #expect(typed.status == .unprocessableContent && typed.body.contains("params.revenue"), "\(typed.body)")
            let fine = try await c.call(
                .post, "/api/v1/embed/tokens", token: admin,
                json: [
                    "resource_type": "chart", "resource_id": chart, "params": ["revenue": "100", "region": "North"],
                ])
            #expect(fine.status == .created)
        }
    }
}
