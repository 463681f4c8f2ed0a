import Engine
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Synchronization
import TestSupport
import Testing

@testable import Serve

/// The NL engine's artefacts of a source (lexicon, month rollup) are built in the background
/// after an upload or a replacement, stored beside the data, used exactly while that data is in
/// place, and reused by a restarted server.
@Suite("Stored artefacts of data sources")
struct SourceArtefactsTests {
    static let before = "date,region,revenue\n2024-01-05,North,100\n2024-02-03,South,200\n"
    static let after = "date,region,revenue\n2024-01-05,North,1000\n2024-03-01,East,3000\n"

    /// Whether the reader kept for `id`'s current data made its NL engine from the artefacts.
    static func usedArtefacts(_ store: SourceStore, _ id: String) -> Bool {
        guard let version = SourceReader.version(of: store.files.url(of: id).path),
            let reader = store.cache.take(SourceCache.Key(id: id, version: version))
        else { return false }
        defer { store.cache.put(reader) }
        return reader.usesArtefacts
    }

    @Test("built after the upload, rebuilt after a replacement: the chart shows the new numbers")
    func replacement() async throws {
        let server = try await TestServer()
        let store = server.backend.sources
        try await server.test { c in
            let admin = try await c.adminToken()
            let up = try await c.upload("sales.csv", Self.before, token: admin)
            let id = try #require(up.data["data_source_id"] as? String)
            #expect(try await SourceCacheTests.firstValue(c, "total revenue", source: id, token: admin) == 300)
            #expect(store.artefactsBuilt.load(ordering: .relaxed) == 1)
            let path = store.files.url(of: id).path
            let first = try #require(store.files.artefactsStamp(of: id))
            #expect(first == SourceReader.version(of: path))
            #expect(Self.usedArtefacts(store, id))

            let r = try await c.call(
                .put, "/api/v1/data/sources/\(id)/file", token: admin,
                raw: Client.multipart(fileName: "sales.csv", content: Self.after),
                headers: ["Content-Type": "multipart/form-data; boundary=XyZ-boundary-42"])
            #expect(r.status == .ok, "\(r.body)")
            #expect(try await SourceCacheTests.firstValue(c, "total revenue", source: id, token: admin) == 4000)
            let regions = try await c.call(
                .post, "/api/v1/analytics/chart", token: admin,
                json: ["query": "total revenue by region", "data_source": id])
            #expect(ChartControllerTests.values(regions.data["chart_data"]) == ["East": 3000, "North": 1000])
            #expect(store.artefactsBuilt.load(ordering: .relaxed) == 2)
            let second = try #require(store.files.artefactsStamp(of: id))
            #expect(second != first && second == SourceReader.version(of: path))
            #expect(Self.usedArtefacts(store, id))

            #expect(try await c.call(.delete, "/api/v1/data/sources/\(id)", token: admin).status == .ok)
            #expect(!FileManager.default.fileExists(atPath: store.files.artefactsURL(of: id).path))
        }
    }

    /// Regression: questions waited for a pending build outside the scheduler's queue and time
    /// limit, so a question asked while the build could not run hung.
    @Test("a question while the artefacts are pending waits a bounded time, then is answered the same without them")
    func pending() async throws {
        let server = try await TestServer(configure: { $0.work.timeLimit = .seconds(6) })
        let store = server.backend.sources
        let gate = Gate()
        try await server.test { c in
            let admin = try await c.adminToken()
            // A job holding the lane keeps the upload's artefacts pending.
            store.jobs.start("held") { await gate.wait() }
            let id = try await c.uploadSales(token: admin)
            func chart() async throws -> [String: Double] {
                let r = try await c.call(
                    .post, "/api/v1/analytics/chart", token: admin,
                    json: ["query": "total revenue by region", "data_source": id])
                #expect(r.status == .created, "\(r.body)")
                return ChartControllerTests.values(r.data["chart_data"])
            }
            let without = try await chart()
            #expect(store.jobs.running(SourceStore.artefactsJob(id)) != nil)
            #expect(!Self.usedArtefacts(store, id))
            gate.open()
            await store.jobs.waitForAll()
            let with = try await chart()
            #expect(Self.usedArtefacts(store, id))
            #expect(without == ["North": 250, "South": 120] && with == without)
        }
    }

    /// A server on `directory` as `TestServer` makes one.
    static func server(on directory: TemporaryDirectory) async throws -> AiserServer {
        var settings = ServerSettings()
        settings.dataDirectory = directory.url.path
        settings.port = 0
        settings.bcryptCost = 4
        settings.rateLimits = .uniform(100_000)
        settings.adminEmail = TestServer.adminEmail
        settings.adminPassword = TestServer.adminPassword
        var logger = Logger(label: "aiser.test")
        logger.logLevel = .critical
        return try await AiserServer.make(settings: settings, logger: logger, now: TestClock().function)
    }

    @Test("a second server on the same data directory reuses the artefacts without rebuilding them")
    func restart() async throws {
        let directory = try TemporaryDirectory("aiser-restart")
        defer { directory.remove() }
        let first = try await Self.server(on: directory)
        let id = try await first.application.test(.router) { client in
            let c = Client(client: client)
            let admin = try await c.adminToken()
            let id = try await c.uploadSales(token: admin)
            #expect(try await SourceCacheTests.firstValue(c, "total revenue", source: id, token: admin) == 370)
            return id
        }
        await first.backend.shutdown()
        #expect(first.backend.sources.artefactsBuilt.load(ordering: .relaxed) == 1)
        let file = first.backend.files.artefactsURL(of: id)
        let written = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date

        let second = try await Self.server(on: directory)
        let store = second.backend.sources
        try await second.application.test(.router) { client in
            let c = Client(client: client)
            let admin = try await c.adminToken()
            let r = try await c.call(
                .post, "/api/v1/analytics/chart", token: admin,
                json: ["query": "total revenue by region", "data_source": id])
            #expect(ChartControllerTests.values(r.data["chart_data"]) == ["North": 250, "South": 120])
            #expect(Self.usedArtefacts(store, id))
        }
        await second.backend.shutdown()
        #expect(store.artefactsBuilt.load(ordering: .relaxed) == 0)
        let now = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        #expect(written != nil && now == written)
    }

    @Test("served charts equal `aiser ask` on the same file")
    func sameAsCLI() async throws {
        let directory = try TemporaryDirectory("aiser-cli")
        defer { directory.remove() }
        let csv = try directory.write("sales.csv", Client.salesCSV)
        let questions = [
            "total revenue by month", "total revenue by region", "average revenue by product", "total revenue",
        ]
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let up = try await c.upload("sales.csv", Client.salesCSV, token: admin)
            let id = try #require(up.data["data_source_id"] as? String)
            for q in questions {
                let served = try await c.call(
                    .post, "/api/v1/analytics/chart", token: admin, json: ["query": q, "data_source": id])
                let cli = try AiserBinary.run(["ask", q, "--data", csv])
                #expect(cli.status == 0, "\(cli.stderr)")
                let answer = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any]
                let a = try #require(served.data["chart_data"] as? NSDictionary)
                let b = try #require(answer?["chart_data"] as? NSDictionary)
                #expect(a.isEqual(to: b as? [AnyHashable: Any] ?? [:]), "\(q): \(a) vs \(b)")
            }
        }
    }
}
