import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Synchronization
import TestSupport
import Testing

@testable import Serve

/// Collects log records in memory.
final class LogRecorder: Sendable {
    struct Record: Sendable {
        let message: String
        let metadata: [String: String]
    }

    private let records = Mutex<[Record]>([])
    var all: [Record] { records.withLock { $0 } }
    func append(_ r: Record) { records.withLock { $0.append(r) } }

    struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            var all = metadata
            for (k, v) in event.metadata ?? [:] { all[k] = v }
            recorder.append(Record(message: "\(event.message)", metadata: all.mapValues { "\($0)" }))
        }
    }
}

@Suite("Request logging")
struct RequestLogTests {
    @Test("one structured line per request with the request id, route and status")
    func oneLinePerRequest() async throws {
        let recorder = LogRecorder()
        let dir = try TemporaryDirectory("aiser-log")
        defer { dir.remove() }
        var settings = ServerSettings()
        settings.dataDirectory = dir.url.path
        settings.bcryptCost = 4
        let logger = Logger(label: "aiser.test") { _ in LogRecorder.Handler(recorder: recorder) }
        let server = try await AiserServer.make(settings: settings, logger: logger)
        try await server.application.test(.router) { raw in
            let c = Client(client: raw)
            _ = try await c.call(.get, "/healthz", headers: ["X-Request-ID": "trace-1"])
            _ = try await c.call(.get, "/api/v1/users", headers: ["X-Request-ID": "trace-2"])
        }
        let lines = recorder.all.filter { $0.message == "request" }
        #expect(lines.count == 2)
        let first = try #require(lines.first { $0.metadata["aiser.request.id"] == "trace-1" })
        #expect(first.metadata["aiser.response.status"] == "200")
        #expect(first.metadata["aiser.route"] == "healthz")
        #expect(first.metadata["aiser.request.path"] == "/healthz")
        #expect(first.metadata["aiser.request.ms"] != nil)
        let second = try #require(lines.first { $0.metadata["aiser.request.id"] == "trace-2" })
        #expect(second.metadata["aiser.response.status"] == "401")
        #expect(second.metadata["aiser.route"] == "listUsers")
    }
}

@Suite("Deferred log metadata")
struct DeferredMetadataLogHandlerTests {
    @Test("metadata set on the logger reaches the wrapped handler with each logged event, levels apply")
    func forwards() {
        let recorder = LogRecorder()
        var logger = Logger(label: "t") { _ in DeferredMetadataLogHandler(LogRecorder.Handler(recorder: recorder)) }
        logger.logLevel = .info
        logger[metadataKey: "aiser.request.id"] = "req_1"
        logger.debug("hidden")
        logger[metadataKey: "aiser.user.id"] = "user_1"
        logger.info("shown", metadata: ["extra": "x"])
        logger[metadataKey: "aiser.user.id"] = nil
        logger.error("again")
        let records = recorder.all
        #expect(records.map(\.message) == ["shown", "again"])
        #expect(records.first?.metadata == ["aiser.request.id": "req_1", "aiser.user.id": "user_1", "extra": "x"])
        #expect(records.last?.metadata == ["aiser.request.id": "req_1"])
        #expect(logger[metadataKey: "aiser.request.id"] == "req_1")
    }
}
