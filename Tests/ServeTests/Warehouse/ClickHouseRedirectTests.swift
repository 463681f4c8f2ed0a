import Engine
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization
import Testing

@testable import Serve

/// A server posing as ClickHouse that redirects: the connector must not follow it, or the
/// credentials and the query would go to a host the allow-list never named.
@Suite("ClickHouse connections follow no redirect")
struct ClickHouseRedirectTests {
    @Test("a 307 to another address is an error, and nothing reaches that address")
    func redirectNotFollowed() async throws {
        let reached = Mutex<[String]>([])
        let router = Router()
        let bound = Mutex(0)
        router.post("/") { _, _ -> Response in
            let target = "http://127.0.0.1:\(bound.withLock { $0 })/elsewhere"
            return Response(status: .temporaryRedirect, headers: [.location: target])
        }
        router.post("/elsewhere") { request, _ -> Response in
            reached.withLock { $0.append(request.headers[values: HTTPField.Name("X-ClickHouse-Key")!].joined()) }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "{\"meta\":[],\"data\":[]}")))
        }
        try await LocalHTTPServer.run(router, label: "redirector") { p in
            bound.withLock { $0 = p }
            let warehouse = ClickHouseWarehouse(
                WarehouseConnection(engine: .clickhouse, host: "127.0.0.1", port: p, user: "u", password: "Key-4242"))
            await #expect(throws: QueryError.self) { _ = try await warehouse.columns(of: "`events`") }
        }
        #expect(reached.withLock { $0 }.isEmpty)
    }
}
