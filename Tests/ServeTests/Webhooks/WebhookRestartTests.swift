import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import TestSupport
import Testing

@testable import Serve

/// The outbox lives in the database: a delivery pending when the server goes away is sent by
/// the next server on the same data directory.
@Suite("Webhook restart")
struct WebhookRestartTests {
    @Test("a pending delivery is sent after a restart")
    func resumes() async throws {
        let first = try await TestServer(configure: WebhookDeliveryTests.settings)
        let receiver = WebhookReceiver()
        try await receiver.run { port in
            try await first.server.application.test(.router) { raw in
                let c = Client(client: raw)
                let hook = try await WebhookDeliveryTests.setUp(c, port: port)
                try await WebhookDeliveryTests.addUser(c, hook.token, 1)
            }
            first.backend.metadata.close()
            #expect(receiver.received.isEmpty)
            let second = try await TestServer(configure: {
                WebhookDeliveryTests.settings(&$0)
                $0.dataDirectory = first.directory.url.path
            })
            defer { first.directory.remove() }
            try await second.backend.webhookDispatcher.deliverDue()
            #expect(receiver.received.map { $0.header("X-Aiser-Event") } == ["user.created"])
            second.directory.remove()
        }
    }
}
