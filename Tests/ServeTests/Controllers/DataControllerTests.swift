import Engine
import Foundation
import HTTPTypes
import Logging
import TestSupport
import Testing

@testable import Serve

@Suite("Data sources")
struct DataControllerTests {
    static let sales = "date,product,quantity,price\n2024-01-01,A,3,9.5\n2024-02-01,B,,12\n2024-03-01,A,5,9.5\n"

    @Test("upload streams the file, loads and profiles it, and answers the reference's fields")
    func upload() async throws {
        let server = try await TestServer()
        let files = server.backend.files
        try await server.test { c in
            let admin = try await c.adminToken()
            let r = try await c.upload(
                "sales_2024.csv", Self.sales, token: admin,
                fields: [
                    ("data_source_name", "sales_data_2024"), ("description", "Monthly"),
                    ("tags", "[\"sales\",\"2024\"]"),
                ])
            #expect(r.status == .created, "\(r.body)")
            let d = r.data
            let id = try #require(d["data_source_id"] as? String)
            #expect(id.hasPrefix("ds_"))
            #expect(d["name"] as? String == "sales_data_2024" && d["file_name"] as? String == "sales_2024.csv")
            #expect(d["file_size"] as? Int == Self.sales.utf8.count)
            #expect(d["rows"] as? Int == 3 && d["columns"] as? Int == 4)
            #expect(
                d["schema"] as? [String: String] == [
                    "date": "date", "product": "string", "quantity": "integer", "price": "decimal",
                ])
            #expect(d["tags"] as? [String] == ["sales", "2024"])
            #expect(FileManager.default.fileExists(atPath: files.url(of: id).path))
            // The upload is kept for the background build of the source's artefacts, then removed.
            await server.backend.sources.jobs.waitForAll()
            #expect(try FileManager.default.contentsOfDirectory(atPath: files.incomingDirectory.path).isEmpty)
            #expect(files.artefactsStamp(of: id) == SourceReader.version(of: files.url(of: id).path))
            // The file is a SQLite database holding the rows.
            let count = try Connection(path: files.url(of: id).path, mode: .readOnly).query(
                "SELECT count(*) FROM sales_2024"
            ).rows[0][0].int
            #expect(count == 3)

            let s = try await c.call(.get, "/api/v1/data/sources/\(id)/schema", token: admin)
            #expect(s.status == .ok, "\(s.body)")
            #expect(s.data["data_source_id"] as? String == id)
            let schema = try #require(s.data["schema"] as? [String: [String: Any]])
            #expect(schema["quantity"]?["type"] as? String == "integer")
            #expect(schema["quantity"]?["nullable"] as? Bool == true)
            #expect(schema["product"]?["unique_values"] as? Int == 2)
            #expect(schema["product"]?["sample_values"] as? [String] == ["A", "B"])
            let stats = try #require(s.data["statistics"] as? [String: Any])
            #expect(stats["total_rows"] as? Int == 3)
            #expect(stats["completeness"] as? Double == 0.9167)
        }
    }

    @Test("list paginates and filters by tags, file type and date")
    func list() async throws {
        let clock = TestClock()
        try await TestServer(clock: clock).test { c in
            let admin = try await c.adminToken()
            _ = try await c.upload("a.csv", "x\n1\n", token: admin, fields: [("tags", "red,blue")])
            clock.advance(100)
            _ = try await c.upload("b.tsv", "x\ty\n1\t2\n", token: admin, fields: [("tags", "red")])
            _ = try await c.upload("c.json", "[{\"x\": 1}]", token: admin)
            let all = try await c.call(.get, "/api/v1/data/sources?limit=2", token: admin)
            #expect(all.status == .ok)
            #expect(all.data["pagination"] as? [String: Int] == ["page": 1, "limit": 2, "total": 3, "pages": 2])
            func names(_ uri: String) async throws -> [String] {
                let r = try await c.call(.get, uri, token: admin)
                return ((r.data["data_sources"] as? [[String: Any]]) ?? []).compactMap { $0["file_name"] as? String }
                    .sorted()
            }
            #expect(try await names("/api/v1/data/sources?tags=red") == ["a.csv", "b.tsv"])
            #expect(try await names("/api/v1/data/sources?tags=red,blue") == ["a.csv"])
            #expect(try await names("/api/v1/data/sources?file_type=tsv") == ["b.tsv"])
            let after = Timestamp.string(Date(timeIntervalSince1970: 1_800_000_050))
            #expect(try await names("/api/v1/data/sources?created_after=\(after)") == ["b.tsv", "c.json"])
            #expect(
                try await c.call(.get, "/api/v1/data/sources?created_after=yesterday", token: admin).status
                    == .unprocessableContent)
            #expect(
                try await c.call(.get, "/api/v1/data/sources?file_type=exe", token: admin).status
                    == .unprocessableContent)
        }
    }

    @Test("bad uploads answer clear errors and leave nothing behind")
    func badUploads() async throws {
        let server = try await TestServer()
        let files = server.backend.files
        try await server.test { c in
            let admin = try await c.adminToken()
            let noFile = try await c.upload(nil, "", token: admin, fields: [("data_source_name", "x")])
            #expect(
                noFile.status == .unprocessableContent && (noFile.error["details"] as? [String: String])?["file"] != nil
            )
            let exe = try await c.upload("tool.exe", "MZ", token: admin)
            #expect(exe.status == .unprocessableContent)
            let broken = try await c.upload("broken.json", "{\"a\": [1, 2", token: admin)
            #expect(broken.status == .unprocessableContent, "\(broken.body)")
            #expect(!broken.body.contains(files.directory.path), "no server paths in errors")
            let json = try await c.call(.post, "/api/v1/data/upload", token: admin, json: ["file": "x"])
            #expect(json.status == .unsupportedMediaType)
            let names = try FileManager.default.contentsOfDirectory(atPath: files.directory.path).filter {
                $0 != ".incoming"
            }
            #expect(names.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: files.incomingDirectory.path).isEmpty)
            let list = try await c.call(.get, "/api/v1/data/sources", token: admin)
            #expect((list.data["pagination"] as? [String: Int])?["total"] == 0)
        }
    }

    @Test("an upload over the limit answers 413 and stores nothing")
    func tooLarge() async throws {
        let server = try await TestServer(configure: { $0.uploadLimit = 2048 })
        let files = server.backend.files
        try await server.test { c in
            let admin = try await c.adminToken()
            let big = "x\n" + String(repeating: "1\n", count: 3000)
            let r = try await c.upload("big.csv", big, token: admin)
            #expect(r.status == .contentTooLarge && r.errorCode == "PAYLOAD_TOO_LARGE")
            #expect(try FileManager.default.contentsOfDirectory(atPath: files.incomingDirectory.path).isEmpty)
        }
    }

    @Test("delete removes the record and the file; viewers may read but not upload or delete")
    func deleteAndRoles() async throws {
        let server = try await TestServer()
        let files = server.backend.files
        try await server.test { c in
            let admin = try await c.adminToken()
            let id = try #require(try await c.upload("d.csv", "x\n1\n", token: admin).data["data_source_id"] as? String)
            _ = try await c.call(
                .post, "/api/v1/users", token: admin,
                json: ["email": "v@example.com", "password": "viewer-pass", "role": "viewer"])
            let viewer = try await c.login("v@example.com", "viewer-pass").access
            #expect(try await c.call(.get, "/api/v1/data/sources/\(id)/schema", token: viewer).status == .ok)
            #expect(try await c.upload("e.csv", "x\n1\n", token: viewer).status == .forbidden)
            #expect(try await c.call(.delete, "/api/v1/data/sources/\(id)", token: viewer).status == .forbidden)
            let r = try await c.call(.delete, "/api/v1/data/sources/\(id)", token: admin)
            #expect(r.status == .ok && r.data["deleted"] as? Bool == true)
            #expect(!FileManager.default.fileExists(atPath: files.url(of: id).path))
            #expect(try await c.call(.get, "/api/v1/data/sources/\(id)/schema", token: admin).status == .notFound)
            #expect(try await c.call(.delete, "/api/v1/data/sources/\(id)", token: admin).status == .notFound)
        }
    }

    @Test("after a crash, partial builds and files without a record are removed on start")
    func crashLeftovers() async throws {
        let server = try await TestServer()
        let files = server.backend.files
        let dir = server.directory
        var settings = server.settings
        settings.adminEmail = nil
        try Data("partial".utf8).write(to: files.partialURL(of: "ds_crashed"))
        try Data("orphan".utf8).write(to: files.url(of: "ds_orphan"))
        // Regression (issue 17, finding 8): SQLite's rollback journal of a partial build stayed.
        let partialJournal = files.partialURL(of: "ds_crashed").path + "-journal"
        try Data("journal".utf8).write(to: URL(fileURLWithPath: partialJournal))
        try Data("journal".utf8).write(to: URL(fileURLWithPath: files.url(of: "ds_orphan").path + "-journal"))
        try Data("upload".utf8).write(to: files.uploadURL(of: "ds_upload"))
        try Data("artefacts".utf8).write(to: files.artefactsURL(of: "ds_orphan"))
        try Data("partial".utf8).write(
            to: URL(fileURLWithPath: files.artefactsURL(of: "ds_crashed").path + ".partial-1"))
        _ = try await AiserServer.make(settings: settings, logger: .init(label: "t"))
        let left = try FileManager.default.contentsOfDirectory(atPath: files.directory.path).filter {
            $0 != ".incoming"
        }
        #expect(left.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.incomingDirectory.path).isEmpty)
        dir.remove()
    }
}
