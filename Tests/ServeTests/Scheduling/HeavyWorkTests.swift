import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Serve

/// Heavy requests through real sockets, each on its own connection and at the same time:
/// questions queue behind a held worker while `/healthz`, light requests and another
/// organization's questions are answered; a full queue and the time limit answer 503 with the
/// error envelope and `Retry-After`.
@Suite("Heavy work over the wire")
struct HeavyWorkTests {
    func live(
        _ configure: @escaping (inout WorkLimits) -> Void,
        _ body: @escaping @Sendable (Client, Int, WorkScheduler, SourceJobs) async throws -> Void
    ) async throws {
        let server = try await TestServer(configure: {
            $0.host = "localhost"
            configure(&$0.work)
        })
        defer { server.directory.remove() }
        let scheduler = server.backend.sources.scheduler
        let jobs = server.backend.sources.jobs
        try await server.server.application.test(.live) { raw in
            try await body(Client(client: raw), try #require(raw.port), scheduler, jobs)
        }
    }

    /// Holds one worker for `organization` until `gate` opens.
    func hold(_ scheduler: WorkScheduler, _ organization: String, _ gate: Gate) -> Task<Void, any Error> {
        Task { try await scheduler.run(organization: organization, timeLimit: nil) { await gate.wait() } }
    }

    /// Asks a question of the sales table on a connection of its own.
    func ask(_ port: Int, _ token: String, _ source: String) -> Task<Client.Answer, any Error> {
        Task {
            try await RawSocket.call(
                port: port, .post, "/api/v1/analytics/chart", token: token,
                json: ["query": "revenue by region", "data_source": source])
        }
    }

    func expectUnavailable(_ r: Client.Answer, retryAfter: Int) {
        #expect(r.status == .serviceUnavailable, "\(r.body)")
        #expect(r.json["success"] as? Bool == false)
        #expect(r.errorCode == "SERVICE_UNAVAILABLE")
        #expect(r.error["retry_after"] as? Int == retryAfter)
        #expect(r.header("Retry-After") == String(retryAfter))
    }

    @Test("a question waits behind its organization's limit; the rest is answered meanwhile; a full queue is 503")
    func queueing() async throws {
        try await live({
            $0.workers = 2
            $0.perOrganization = 1
            $0.queuePerOrganization = 1
            $0.retryAfterSeconds = 9
        }) { c, port, scheduler, jobs in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let sourceA = try await c.uploadSales(token: a.token)
            let sourceB = try await c.uploadSales(token: b.token)
            // The uploads' background jobs (artefacts, profiles) end before the scenario starts.
            await jobs.waitForAll()
            let gate = Gate()
            let held = hold(scheduler, a.orgID, gate)
            #expect(await eventually { scheduler.load == (1, 0) })
            let waiting = ask(port, a.token, sourceA)
            #expect(await eventually { scheduler.load == (1, 1) })

            expectUnavailable(try await ask(port, a.token, sourceA).value, retryAfter: 9)
            let other = try await ask(port, b.token, sourceB).value
            #expect(other.status == .created, "\(other.body)")
            #expect(try await c.call(.get, "/healthz").status == .ok)
            #expect(try await c.call(.get, "/api/v1/data/sources", token: a.token).status == .ok)
            #expect(scheduler.load == (1, 1), "Alpha's question ran past its organization's limit")

            gate.open()
            try await held.value
            let answered = try await waiting.value
            #expect(answered.status == .created, "\(answered.body)")
            #expect(scheduler.load == (0, 0))
        }
    }

    @Test("a question still waiting at the time limit is answered 503 and never runs")
    func timeLimit() async throws {
        try await live({
            $0.workers = 1
            $0.timeLimit = .seconds(1)
            $0.retryAfterSeconds = 4
        }) { c, port, scheduler, jobs in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            await jobs.waitForAll()
            let gate = Gate()
            let held = hold(scheduler, "someone else", gate)
            #expect(await eventually { scheduler.load.running == 1 })
            let r = try await ask(port, admin, source).value
            expectUnavailable(r, retryAfter: 4)
            #expect((r.error["message"] as? String)?.contains("time limit of 1 seconds") == true)
            #expect(scheduler.load == (1, 0))
            gate.open()
            try await held.value
            let after = try await c.call(.get, "/api/v1/analytics/charts", token: admin)
            #expect((after.data["pagination"] as? [String: Any])?["total"] as? Int == 0, "no chart was stored")
        }
    }
}
