import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

/// Live refresh over real sockets: Server-Sent Events streams of embed pages.
@Suite("Live embed updates")
struct EmbedLiveTests {
    static let before = "region,revenue\nNorth,100\nSouth,200\n"
    static let after = "region,revenue\nNorth,1000\nSouth,2000\nEast,3000\n"

    /// The events path of an embed URL.
    static func events(_ url: String) -> String {
        url.replacingOccurrences(of: "?token=", with: "/events?token=")
    }

    @Test("replacing the file pushes the new drawing to two chart streams and a dashboard stream")
    func replacementPushes() async throws {
        let server = try await TestServer { $0.embed.heartbeatSeconds = 1 }
        try await server.test(.live) { c in
            let port = try #require(c.client.port)
            let admin = try await c.adminToken()
            let up = try await c.upload("sales.csv", Self.before, token: admin)
            let source = try #require(up.data["data_source_id"] as? String)
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            let board = try await c.createDashboard("Board", charts: [chart], token: admin)
            let chartURL = try await c.embedPath("chart", chart, token: admin)
            let boardURL = try await c.embedPath("dashboard", board, token: admin)
            let streams = try [chartURL, chartURL, boardURL].map {
                try EventStream(port: port, path: Self.events($0))
            }
            for s in streams {
                let first = await s.read { $0.contains("</svg>") }
                #expect(first.contains("200 OK") && first.contains("text/event-stream"), "\(first.prefix(300))")
                #expect(first.contains("event: render") && first.contains("North") && !first.contains("East"))
            }
            #expect(server.backend.embedStreams.open == 3)
            let metrics = try await c.call(.get, "/metrics")
            #expect(metrics.body.contains("aiser_embed_streams_open 3"))
            try await c.replaceFile(source, Self.after, token: admin)
            for s in streams {
                let text = await s.read(seconds: 2) { $0.components(separatedBy: "event: render").count == 3 }
                let update = text.components(separatedBy: "event: render").last ?? ""
                #expect(s.renders == 2, "no update within 2 s: \(text.suffix(300))")
                #expect(update.contains("East") && update.contains("<svg"))
            }
            // A heartbeat keeps an idle stream alive.
            #expect(await streams[0].read(seconds: 15) { $0.contains(": heartbeat") }.contains(": heartbeat"))
        }
    }

    @Test("Last-Event-ID resumes without a repeat; chart and layout changes push; revocation and expiry close")
    func resumeAndClose() async throws {
        let server = try await TestServer { $0.embed.heartbeatSeconds = 1 }
        try await server.test(.live) { c in
            let port = try #require(c.client.port)
            let admin = try await c.adminToken()
            let up = try await c.upload("sales.csv", Self.before, token: admin)
            let source = try #require(up.data["data_source_id"] as? String)
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            let second = try await c.createChart("total revenue by region", source: source, token: admin)
            let board = try await c.createDashboard("Board", charts: [chart], token: admin)
            let url = try await c.embedPath("chart", chart, token: admin, extra: ["expires_in": 60])
            let first = try EventStream(port: port, path: Self.events(url))
            let text = await first.read { $0.contains("</svg>") }
            let id = try #require(
                text.components(separatedBy: "\n").first { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)) })
            let resumed = try EventStream(port: port, path: Self.events(url), lastEventID: id)
            #expect(await resumed.read(seconds: 15) { $0.contains(": heartbeat") }.contains(": heartbeat"))
            #expect(resumed.renders == 0)
            let update = try await c.call(
                .put, "/api/v1/analytics/chart/\(chart)", token: admin, json: ["title": "Revenue by region, live"])
            #expect(update.status == .ok)
            #expect(await resumed.read { $0.contains("Revenue by region, live") }.contains("Revenue by region, live"))
            // The dashboard stream follows its layout.
            let boardStream = try EventStream(
                port: port, path: Self.events(try await c.embedPath("dashboard", board, token: admin)))
            _ = await boardStream.read { $0.contains("</svg>") }
            let layout: [[String: Any]] = [
                ["chart_id": chart, "position": ["x": 0, "y": 0, "w": 6, "h": 4]],
                ["chart_id": second, "position": ["x": 6, "y": 0, "w": 6, "h": 4]],
            ]
            #expect(
                try await c.call(.put, "/api/v1/dashboards/\(board)", token: admin, json: ["layout": layout]).status
                    == .ok)
            let grid = await boardStream.read { $0.components(separatedBy: "<section").count == 4 }
            #expect(boardStream.renders == 2, "\(grid.suffix(200))")
            // Revocation closes the chart's streams; expiry closes the others within a heartbeat.
            let r = try await c.call(
                .post, "/api/v1/embed/revoke", token: admin, json: ["resource_type": "chart", "resource_id": chart])
            #expect(r.status == .ok)
            #expect(await first.read { $0.contains("event: close") }.contains("data: revoked"))
            #expect(await first.ends())
            let boardURL = try await c.embedPath("dashboard", board, token: admin, extra: ["expires_in": 60])
            let expiring = try EventStream(port: port, path: Self.events(boardURL))
            _ = await expiring.read { $0.contains("</svg>") }
            server.clock.advance(61)
            #expect(await expiring.read { $0.contains("event: close") }.contains("data: expired"))
            #expect(await expiring.ends())
            #expect(
                await eventually { server.backend.embedStreams.open == 1 }, "only the first dashboard stream is left")
        }
    }

    @Test("streams are bounded per token")
    func bounded() async throws {
        let server = try await TestServer { $0.embed.streamsPerToken = 2 }
        try await server.test(.live) { c in
            let port = try #require(c.client.port)
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            let url = try await c.embedPath("chart", chart, token: admin)
            let open = try (0..<2).map { _ in try EventStream(port: port, path: Self.events(url)) }
            for s in open { _ = await s.read { $0.contains("</svg>") } }
            let third = try await RawSocket.call(port: port, .get, Self.events(url))
            #expect(third.status == .tooManyRequests)
            let other = try await c.embedPath("chart", chart, token: admin)
            let fourth = try EventStream(port: port, path: Self.events(other))
            #expect(await fourth.read { $0.contains("</svg>") }.contains("200 OK"))
        }
    }
}
