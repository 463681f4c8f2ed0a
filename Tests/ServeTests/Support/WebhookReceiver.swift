import Foundation
import Hummingbird
import NIOCore
import Synchronization

/// A local HTTP server that records what webhooks send it and answers with scripted statuses
/// (then 200), for end-to-end webhook tests over real sockets.
final class WebhookReceiver: Sendable {
    struct Received: Sendable {
        let headers: [String: String]
        let body: String
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    private let state = Mutex<(received: [Received], script: [Int])>(([], []))

    var received: [Received] { state.withLock { $0.received } }

    /// The statuses of the next answers, in order.
    func answer(_ statuses: [Int]) { state.withLock { $0.script = statuses } }

    /// Runs the receiver on 127.0.0.1 for the duration of `body`, which gets the port.
    func run(_ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let status = self.state.withLock { s -> Int in
                s.received.append(Received(headers: headers, body: String(buffer: buffer)))
                return s.script.isEmpty ? 200 : s.script.removeFirst()
            }
            return Response(status: .init(code: status), body: .init(byteBuffer: ByteBuffer(string: "private answer")))
        }
        try await LocalHTTPServer.run(router, label: "receiver", body)
    }
}
