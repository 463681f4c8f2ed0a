import Engine
import Foundation
import HTTPTypes
import Synchronization
import Testing

@testable import Serve

/// An upload's columns are loaded while it is ingested, and the artefacts' build that follows
/// starts from them: same artefacts, same answers, the kept upload removed afterwards.
@Suite("Columns of an upload loaded during its ingest")
struct ColumnarPreloadTests {
    static let csv = "date,region,revenue\n2024-01-05,North,100\n2024-02-03,South,200\n2024-02-09,North,50\n"

    @Test("the artefacts' build takes the preloaded columns once; answers equal the CLI's; the upload is removed")
    func buildTakesPreload() async throws {
        let server = try await TestServer()
        let store = server.backend.sources
        let incoming = store.files.incomingDirectory
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        let upload = incoming.appendingPathComponent("preload-test.csv")
        try Data(Self.csv.utf8).write(to: upload)
        let id = "ds_preload"
        let preload = try #require(store.preloadColumnar(id: id, input: upload, table: "sales", format: .csv))
        _ = try store.files.ingest(id: id, upload: upload, format: .csv, table: "sales")
        await store.jobs.running("columnar:\(id)")?.value
        #expect(preload.isLoaded)
        let version = SourceReader.version(of: store.files.url(of: id).path)
        store.buildArtefacts(
            id: id, table: "sales", input: upload, inputVersion: version, format: .csv, preload: preload)
        await store.jobs.waitForAll()

        #expect(preload.take() == nil, "taken by the build")
        #expect(store.artefactsBuilt.load(ordering: .relaxed) == 1)
        #expect(store.files.artefactsStamp(of: id) == version)
        #expect(!FileManager.default.fileExists(atPath: upload.path))
        let served = try Analytics.readOnly(path: store.files.url(of: id).path, table: "sales")
        try served.connection.run(
            "ATTACH DATABASE ? AS \(SourceFiles.artefactsSchema)", [.text(store.files.artefactsURL(of: id).path)])
        let fromArtefacts = try served.asker(artefactsIn: SourceFiles.artefactsSchema)
            .ask("total revenue by region")
        let fromData = try Analytics.readOnly(path: store.files.url(of: id).path, table: "sales").asker()
            .ask("total revenue by region")
        #expect(fromArtefacts.chart == fromData.chart)
        #expect(fromData.chart.data.labels.sorted() == ["North", "South"])
    }

    @Test("a file that is gone or not loadable leaves nothing to take; other formats are not preloaded")
    func nothingToTake() async throws {
        let server = try await TestServer()
        let store = server.backend.sources
        let gone = store.files.incomingDirectory.appendingPathComponent("gone.csv")
        let preload = try #require(store.preloadColumnar(id: "ds_gone", input: gone, table: "t", format: .csv))
        await store.jobs.waitForAll()
        #expect(preload.take() == nil)
        #expect(store.preloadColumnar(id: "ds_x", input: gone, table: "t", format: .xlsx) == nil)
    }

    @Test("with AISER_UPLOAD_PRELOAD on, an upload's charts are the same and nothing is left in the staging folder")
    func overHTTP() async throws {
        let server = try await TestServer(configure: { $0.uploadPreload = true })
        let store = server.backend.sources
        try await server.test { c in
            let admin = try await c.adminToken()
            let up = try await c.upload("sales.csv", Self.csv, token: admin)
            let id = try #require(up.data["data_source_id"] as? String)
            #expect(try await SourceCacheTests.firstValue(c, "total revenue", source: id, token: admin) == 350)
            await store.jobs.waitForAll()
            #expect(store.artefactsBuilt.load(ordering: .relaxed) == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.files.incomingDirectory.path).isEmpty)
            let regions = try await c.call(
                .post, "/api/v1/analytics/chart", token: admin,
                json: ["query": "total revenue by region", "data_source": id])
            #expect(ChartControllerTests.values(regions.data["chart_data"]) == ["North": 150, "South": 200])
        }
    }
}
