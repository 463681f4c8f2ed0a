import Synchronization
import Testing

@testable import Serve

/// The scheduler of heavy work, with jobs held by gates: bounds, fairness between
/// organizations, the queue limits, time limits and cancellation. No timing is asserted; waits
/// only detect a hang.
@Suite("Heavy work scheduler")
struct WorkSchedulerTests {
    /// Names of the jobs in the order they started.
    final class Log: Sendable {
        let started = Mutex<[String]>([])
        let peak = Atomic<Int>(0)
        func start(_ name: String, running: Int) {
            started.withLock { $0.append(name) }
            peak.max(running, ordering: .relaxed)
        }
        var names: [String] { started.withLock { $0 } }
    }

    func limits(workers: Int, perOrganization: Int, queue: Int = 32, queuePerOrganization: Int = 32) -> WorkLimits {
        var l = WorkLimits()
        l.workers = workers
        l.perOrganization = perOrganization
        l.queueLength = queue
        l.queuePerOrganization = queuePerOrganization
        l.retryAfterSeconds = 7
        return l
    }

    /// Starts a job named `name` of `organization` that waits for `gate`.
    func job(
        _ scheduler: WorkScheduler, _ organization: String, _ name: String, _ gate: Gate, _ log: Log,
        timeLimit: Duration? = nil
    ) -> Task<String, any Error> {
        Task {
            try await scheduler.run(organization: organization, timeLimit: timeLimit) {
                log.start(name, running: scheduler.load.running)
                await gate.wait()
                return name
            }
        }
    }

    @Test("no more than the workers run at once; every job finishes")
    func bounded() async throws {
        let scheduler = WorkScheduler(limits: limits(workers: 2, perOrganization: 10))
        let gate = Gate()
        let log = Log()
        let jobs = (0..<6).map { job(scheduler, "org\($0 % 3)", "j\($0)", gate, log) }
        #expect(await eventually { scheduler.load == (2, 4) && log.names.count == 2 })
        gate.open()
        for j in jobs { _ = try await j.value }
        #expect(log.peak.load(ordering: .relaxed) == 2)
        #expect(scheduler.load == (0, 0))
    }

    @Test("a freed worker goes to the waiting organization that runs the fewest, not to the queue's head")
    func fairness() async throws {
        let scheduler = WorkScheduler(limits: limits(workers: 2, perOrganization: 2))
        let log = Log()
        let a1 = Gate()
        let rest = Gate()
        let first = job(scheduler, "A", "A1", a1, log)
        #expect(await eventually { log.names.count == 1 })
        let second = job(scheduler, "A", "A2", rest, log)
        #expect(await eventually { log.names.count == 2 })
        let queued = [job(scheduler, "A", "A3", rest, log), job(scheduler, "A", "A4", rest, log)]
        #expect(await eventually { scheduler.load.queued == 2 })
        let b = job(scheduler, "B", "B1", rest, log)
        #expect(await eventually { scheduler.load.queued == 3 })
        a1.open()
        _ = try await first.value
        #expect(await eventually { log.names.count == 3 })
        #expect(log.names == ["A1", "A2", "B1"])
        rest.open()
        for j in queued + [second, b] { _ = try await j.value }
        #expect(log.names.count == 5)
    }

    @Test("an organization at its limit waits while another one's job starts on a free worker")
    func perOrganization() async throws {
        let scheduler = WorkScheduler(limits: limits(workers: 3, perOrganization: 1))
        let log = Log()
        let gate = Gate()
        let a1 = job(scheduler, "A", "A1", gate, log)
        #expect(await eventually { log.names.count == 1 })
        let a = [a1, job(scheduler, "A", "A2", gate, log)]
        #expect(await eventually { scheduler.load == (1, 1) })
        let b = job(scheduler, "B", "B1", Gate.opened, log)
        #expect(try await b.value == "B1")
        #expect(scheduler.load == (1, 1))
        gate.open()
        for j in a { _ = try await j.value }
        #expect(log.names == ["A1", "B1", "A2"])
    }

    @Test("a full queue, or an organization's full share of it, is 503 with retry_after at once")
    func queueFull() async throws {
        let scheduler = WorkScheduler(limits: limits(workers: 1, perOrganization: 1, queue: 2, queuePerOrganization: 1))
        let log = Log()
        let gate = Gate()
        let held = [job(scheduler, "A", "A1", gate, log), job(scheduler, "A", "A2", gate, log)]
        #expect(await eventually { scheduler.load == (1, 1) })
        try await expectBusy(job(scheduler, "A", "A3", gate, log))
        let b = job(scheduler, "B", "B1", gate, log)
        #expect(await eventually { scheduler.load == (1, 2) })
        try await expectBusy(job(scheduler, "C", "C1", gate, log))
        gate.open()
        for j in held + [b] { _ = try await j.value }
        #expect(!log.names.contains("A3") && !log.names.contains("C1"))
    }

    func expectBusy(_ task: Task<String, any Error>) async throws {
        let error = await #expect(throws: APIError.self) { try await task.value }
        #expect(error?.code == .serviceUnavailable)
        #expect(error?.retryAfter == 7)
    }

    @Test("the time limit answers 503 to a waiting job, which then never starts")
    func timeLimitWhileWaiting() async throws {
        let scheduler = WorkScheduler(limits: limits(workers: 1, perOrganization: 1))
        let log = Log()
        let gate = Gate()
        let held = job(scheduler, "A", "A1", gate, log)
        #expect(await eventually { scheduler.load.running == 1 })
        try await expectBusy(job(scheduler, "B", "B1", gate, log, timeLimit: .milliseconds(100)))
        #expect(scheduler.load == (1, 0))
        gate.open()
        _ = try await held.value
        #expect(log.names == ["A1"])
    }

    @Test("the time limit answers 503 to a running job; its worker stays taken until the job ends")
    func timeLimitWhileRunning() async throws {
        let scheduler = WorkScheduler(limits: limits(workers: 1, perOrganization: 1))
        let log = Log()
        let gate = Gate()
        // The limit leaves the job ample time to start (a loaded machine may delay that), so what
        // is checked is the running case: the caller is answered, the worker stays taken.
        let running = job(scheduler, "A", "A1", gate, log, timeLimit: .seconds(2))
        #expect(await eventually { log.names == ["A1"] })
        try await expectBusy(running)
        #expect(scheduler.load.running == 1)
        gate.open()
        #expect(await eventually { scheduler.load == (0, 0) })
    }

    @Test("a cancelled waiter leaves the queue and never starts")
    func cancellation() async throws {
        let scheduler = WorkScheduler(limits: limits(workers: 1, perOrganization: 1))
        let log = Log()
        let gate = Gate()
        let held = job(scheduler, "A", "A1", gate, log)
        #expect(await eventually { scheduler.load.running == 1 })
        let waiter = job(scheduler, "B", "B1", gate, log)
        #expect(await eventually { scheduler.load.queued == 1 })
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(scheduler.load == (1, 0))
        gate.open()
        _ = try await held.value
        #expect(log.names == ["A1"])
    }
}
