import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

/// One drawing per embed scope and change, whatever the number of streams; slow readers closed.
@Suite("Live embed fan-out")
struct EmbedFanOutTests {
    @Test("six streams of two scopes: one drawing per scope at open and one per scope per replacement")
    func drawnOncePerScope() async throws {
        let server = try await TestServer()
        try await server.test(.live) { c in
            let port = try #require(c.client.port)
            let admin = try await c.adminToken()
            let up = try await c.upload("sales.csv", EmbedLiveTests.before, token: admin)
            let source = try #require(up.data["data_source_id"] as? String)
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            // Two tokens with the same locked parameter share one scope; the plain token is another.
            let north = ["params": ["region": "North"]]
            let urls = [
                try await c.embedPath("chart", chart, token: admin, extra: north),
                try await c.embedPath("chart", chart, token: admin, extra: north),
                try await c.embedPath("chart", chart, token: admin),
            ]
            let drawings = server.backend.embedDrawings
            let before = drawings.count
            var streams: [EventStream] = []
            for url in urls + urls {
                let s = try EventStream(port: port, path: EmbedLiveTests.events(url))
                _ = await s.read { $0.contains("</svg>") }
                streams.append(s)
            }
            #expect(drawings.count - before == 2, "one first drawing per scope")
            #expect(drawings.scopes == 2)
            try await c.replaceFile(source, EmbedLiveTests.after, token: admin)
            for s in streams {
                let text = await s.read(seconds: 5) { $0.components(separatedBy: "event: render").count == 3 }
                #expect(s.renders == 2, "\(text.suffix(300))")
            }
            #expect(drawings.count - before == 4, "one more drawing per scope for six streams")
            // The same bytes went to every stream of a scope.
            let updates = streams.map { $0.text.components(separatedBy: "event: render").last ?? "" }
            #expect(updates[0] == updates[1] && updates[0] == updates[3] && updates[2] == updates[5])
            #expect(updates[0] != updates[2] && !updates[0].contains("East") && updates[2].contains("East"))
        }
        #expect(await eventually { server.backend.embedDrawings.scopes == 0 }, "scopes go with their streams")
    }

    @Test("a stream whose reader stops reading is closed after the write deadline")
    func slowReaderClosed() async throws {
        let server = try await TestServer {
            $0.embed.writeSeconds = 1
            $0.embed.streamBuffer = 1000
            $0.embed.heartbeatSeconds = 300
        }
        try await server.test(.live) { c in
            let port = try #require(c.client.port)
            let admin = try await c.adminToken()
            // A chart of 150 bars (about 8 kB a drawing): the stalled reader's socket buffers (about
            // 2 MB on Linux loopback) and the channel's 64 kB fill within a few hundred updates.
            let rows = (1...150).map { "Product \($0),\($0 * 10)" }.joined(separator: "\n")
            let up = try await c.upload("wide.csv", "product,revenue\n" + rows + "\n", token: admin)
            let source = try #require(up.data["data_source_id"] as? String)
            let chart = try await c.createChart("total revenue by product", source: source, token: admin)
            let url = EmbedLiveTests.events(try await c.embedPath("chart", chart, token: admin))
            let stalled = try EventStream(port: port, path: url, receiveBuffer: 2048)
            let reading = try EventStream(port: port, path: url)
            _ = await reading.read { $0.contains("</svg>") }
            let kept = Task { await reading.read(seconds: 300) { $0.contains("Revenue, final") } }
            #expect(await eventually { server.backend.embedStreams.open == 2 })
            let padding = String(repeating: "x", count: 150)
            var round = 0
            while server.backend.embedStreams.open == 2 && round < 600 {
                round += 1
                let r = try await c.call(
                    .put, "/api/v1/analytics/chart/\(chart)", token: admin,
                    json: ["title": "Revenue \(round) \(padding)"])
                try #require(r.status == .ok, "\(r.body)")
            }
            #expect(await eventually { server.backend.embedStreams.open == 1 }, "after \(round) updates")
            // The reader that keeps up is still served.
            let final = try await c.call(
                .put, "/api/v1/analytics/chart/\(chart)", token: admin, json: ["title": "Revenue, final"])
            #expect(final.status == .ok)
            #expect(await kept.value.contains("Revenue, final"))
            #expect(!reading.isClosed && server.backend.embedStreams.open == 1)
            _ = stalled
        }
    }
}
