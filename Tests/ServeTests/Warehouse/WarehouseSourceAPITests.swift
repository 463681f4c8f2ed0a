import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import PostgresNIO
import TestSupport
import Testing

@testable import Engine
@testable import Serve

/// `POST /data/sources` with a warehouse connection, over the in-process application: the host
/// rule, validation, the password sealed and never answered, charts that match the same rows
/// uploaded as a file, tenant isolation and deletion.
@Suite("Warehouse data sources through the API")
struct WarehouseSourceAPITests {
    static let readerPassword = "Rd-7f3kQ-secret"

    @Test("a host not in AISER_WAREHOUSE_HOSTS is refused before any connection, without the password")
    func disallowedHost() async throws {
        let server = try await TestServer(configure: { $0.warehouse.allowedHosts = ["127.0.0.1:5432", "db.internal"] })
        try await server.test { c in
            let token = try await c.adminToken()
            for url in [
                "postgres://u:TopSecret-9@10.0.0.5:5432/db",  // not listed
                "postgres://u:TopSecret-9@127.0.0.1:6543/db",  // listed host, other port
                "postgres://u:TopSecret-9@localhost:5432/db",  // a name for a listed address: not resolved
                "postgres://u:TopSecret-9@db.internal.evil.test:5432/db",
            ] {
                let r = try await c.call(
                    .post, "/api/v1/data/sources", token: token,
                    json: ["name": "x", "type": "postgres", "url": url, "table": "t"])
                #expect(r.status == .unprocessableContent, "\(url): \(r.body)")
                #expect(r.errorCode == "VALIDATION_ERROR")
                #expect((r.error["details"] as? [String: Any])?["host"] != nil, "\(r.body)")
                #expect(!r.body.contains("TopSecret-9"))
            }
        }
        // The default allows no host at all.
        let closed = try await TestServer()
        try await closed.test { c in
            let r = try await c.call(
                .post, "/api/v1/data/sources", token: try await c.adminToken(),
                json: ["name": "x", "type": "clickhouse", "host": "127.0.0.1", "port": 8123, "table": "t"])
            #expect(r.status == .unprocessableContent)
            #expect((r.error["details"] as? [String: Any])?["host"] != nil, "\(r.body)")
        }
    }

    @Test("a malformed registration names the field at fault")
    func validation() async throws {
        let server = try await TestServer(configure: { $0.warehouse.allowedHosts = ["127.0.0.1"] })
        try await server.test { c in
            let token = try await c.adminToken()
            let cases: [([String: Any], String)] = [
                (["name": "x", "type": "mysql", "host": "127.0.0.1", "table": "t"], "type"),
                (["name": "x", "type": "postgres", "host": "127.0.0.1", "table": "t", "sql": "SELECT 1"], "table"),
                (["name": "x", "type": "postgres", "host": "127.0.0.1"], "table"),
                (["name": "x", "type": "postgres", "table": "t"], "host"),
                (["name": "", "type": "postgres", "host": "127.0.0.1", "table": "t"], "name"),
                (["name": "x", "type": "postgres", "url": "mysql://h/db", "table": "t"], "url"),
                (
                    [
                        "name": "x", "type": "postgres", "url": "postgres://u:p@127.0.0.1/db", "password": "q",
                        "table": "t",
                    ],
                    "password"
                ),
                (["name": "x", "type": "postgres", "host": "127.0.0.1", "port": 70000, "table": "t"], "port"),
            ]
            for (body, field) in cases {
                let r = try await c.call(.post, "/api/v1/data/sources", token: token, json: body)
                #expect(r.status == .unprocessableContent, "\(body): \(r.body)")
                #expect((r.error["details"] as? [String: Any])?[field] != nil, "\(body): \(r.body)")
            }
        }
    }

    @Test(
        "a PostgreSQL source: profiled, listed, charted like the uploaded file; password sealed, never answered; other organizations cannot see it",
        .enabled(if: WarehouseServers.postgresReaderURL != nil, WarehouseServers.readerSkip))
    func postgresSource() async throws {
        let owner = try WarehouseServers.postgres
        let reader = try WarehouseConnection(engine: .postgres, url: WarehouseServers.postgresReaderURL ?? "")
        let table = WarehouseServers.uniqueTable("orders")
        try await WarehouseLoader.postgres(owner, WarehouseSourceData.postgres(table))
        defer {
            let drop = Identifier.quote(table)
            Task { try? await WarehouseLoader.postgres(owner, [("DROP TABLE \(drop)", PostgresBindings())]) }
        }
        let server = try await TestServer(configure: { $0.warehouse.allowedHosts = [reader.host] })
        let backend = server.backend
        try await server.test { c in
            let admin = try await c.adminToken()
            let (_, _, token) = try await c.organization("Acme", adminToken: admin)
            var bodies: [String] = []
            let created = try await c.call(
                .post, "/api/v1/data/sources", token: token,
                json: [
                    "name": "orders", "type": "postgres", "host": reader.host, "port": reader.port,
                    "database": reader.database, "user": reader.user, "password": Self.readerPassword,
                    "sql": "SELECT day, region, units FROM \(Identifier.quote(table))", "tags": ["warehouse"],
                ])
            bodies.append(created.body)
            try #require(created.status == .created, "\(created.body)")
            let id = try #require(created.data["data_source_id"] as? String)
            #expect(created.data["type"] as? String == "postgres")
            #expect(created.data["rows"] as? Int == WarehouseSourceData.rows.count)
            #expect(
                created.data["schema"] as? [String: String] == ["day": "date", "region": "string", "units": "integer"])
            let connection = try #require(created.data["connection"] as? [String: Any])
            #expect(connection["user"] as? String == "aiser_reader")
            #expect(connection["password"] == nil)

            // Sealed at rest: not the password, and only this source's id opens it.
            let sealed = try await backend.metadata.read { db in
                try db.rows("SELECT password_sealed, connection FROM data_sources WHERE id = ?", [.text(id)]).first
            }
            let stored = try #require(sealed)
            #expect(stored.text(0) != Self.readerPassword)
            #expect(!stored.text(0).contains(Self.readerPassword) && !stored.text(1).contains(Self.readerPassword))
            #expect(backend.warehousePasswords.open(stored.text(0), context: id) == Self.readerPassword)
            #expect(backend.warehousePasswords.open(stored.text(0), context: "ds_other") == nil)

            let list = try await c.call(.get, "/api/v1/data/sources", token: token)
            bodies.append(list.body)
            let listed = try #require((list.data["data_sources"] as? [[String: Any]])?.first)
            #expect(listed["type"] as? String == "postgres")
            let schema = try await c.call(.get, "/api/v1/data/sources/\(id)/schema", token: token)
            bodies.append(schema.body)
            #expect((schema.data["statistics"] as? [String: Any])?["total_rows"] as? Int == 120)

            // The same rows uploaded as a file give the same charts.
            let upload = try await c.upload("orders.csv", WarehouseSourceData.csv, token: token)
            try #require(upload.status == .created, "\(upload.body)")
            let file = try #require(upload.data["data_source_id"] as? String)
            for question in ["total units by region", "total units by month", "number of orders by region"] {
                let pushed = try await c.call(
                    .post, "/api/v1/analytics/chart", token: token, json: ["query": question, "data_source": id])
                bodies.append(pushed.body)
                let local = try await c.call(
                    .post, "/api/v1/analytics/chart", token: token, json: ["query": question, "data_source": file])
                try #require(pushed.status == .created, "\(pushed.body)")
                try #require(local.status == .created, "\(local.body)")
                let a = try #require(pushed.data["chart_data"] as? NSDictionary)
                let b = try #require(local.data["chart_data"] as? NSDictionary)
                #expect(a == b, "\(question): \(pushed.body) vs \(local.body)")
                let chartID = try #require(pushed.data["chart_id"] as? String)
                let got = try await c.call(.get, "/api/v1/analytics/chart/\(chartID)", token: token)
                #expect(got.data["chart_data"] as? NSDictionary == a)
            }

            // Exports (CSV, JSON) of a pushed-down chart equal the file's, and follow the
            // warehouse's data: a row added there shows in the next export (nothing cached).
            let pushedChart = try await c.createChart("total units by region", source: id, token: token)
            let fileChart = try await c.createChart("total units by region", source: file, token: token)
            for format in ["csv", "json"] {
                let a = try await c.bytes("/api/v1/export/chart/\(pushedChart)?format=\(format)", token: token)
                let b = try await c.bytes("/api/v1/export/chart/\(fileChart)?format=\(format)", token: token)
                #expect(a.status == .ok && b.status == .ok)
                #expect(a.data == b.data, "\(format): \(String(decoding: a.data, as: UTF8.self))")
            }
            let before = try await c.bytes("/api/v1/export/chart/\(pushedChart)?format=csv", token: token)
            try await WarehouseLoader.postgres(
                owner, [("INSERT INTO \(Identifier.quote(table)) VALUES ('2024-02-01', 'East', 7)", PostgresBindings())]
            )
            let after = try await c.bytes(
                "/api/v1/export/chart/\(pushedChart)?format=csv", token: token,
                headers: ["If-None-Match": before.headers[.eTag] ?? ""])
            #expect(after.status == .ok)
            #expect(String(decoding: after.data, as: UTF8.self).contains("East"))
            #expect(!String(decoding: before.data, as: UTF8.self).contains("East"))

            // What works on files only is refused with a clean envelope, never a 500.
            let analysis = try await c.call(
                .post, "/api/v1/ai/intelligent-analysis", token: token,
                json: ["query": "what drives units", "data_source": id])
            #expect(analysis.status == .unprocessableContent, "\(analysis.body)")
            let put = try await c.call(
                .put, "/api/v1/data/sources/\(id)/file", token: token,
                raw: Client.multipart(fileName: "orders.csv", content: WarehouseSourceData.csv),
                headers: ["Content-Type": "multipart/form-data; boundary=XyZ-boundary-42"])
            #expect(put.status == .unprocessableContent, "\(put.body)")

            // Another organization sees nothing of it and cannot chart it.
            let (_, _, other) = try await c.organization("Other", adminToken: admin)
            let theirs = try await c.call(.get, "/api/v1/data/sources", token: other)
            #expect((theirs.data["data_sources"] as? [Any])?.isEmpty == true)
            let refused = try await c.call(
                .post, "/api/v1/analytics/chart", token: other, json: ["query": "total units", "data_source": id])
            #expect(refused.status == .notFound)
            #expect(
                try await c.call(.get, "/api/v1/data/sources/\(id)/schema", token: other).status == .notFound)
            #expect(try await c.call(.delete, "/api/v1/data/sources/\(id)", token: other).status == .notFound)

            for body in bodies { #expect(!body.contains(Self.readerPassword)) }

            let deleted = try await c.call(.delete, "/api/v1/data/sources/\(id)", token: token)
            #expect(deleted.status == .ok)
            #expect(try await c.call(.get, "/api/v1/data/sources/\(id)/schema", token: token).status == .notFound)
        }
    }

    @Test(
        "a wrong password, an unknown table or a closed port is a clean 422 without the password",
        .enabled(if: WarehouseServers.postgresReaderURL != nil, WarehouseServers.readerSkip))
    func failures() async throws {
        let reader = try WarehouseConnection(engine: .postgres, url: WarehouseServers.postgresReaderURL ?? "")
        let server = try await TestServer(configure: { $0.warehouse.allowedHosts = [reader.host] })
        try await server.test { c in
            let token = try await c.adminToken()
            let base: [String: Any] = [
                "name": "orders", "type": "postgres", "host": reader.host, "port": reader.port,
                "database": reader.database, "user": reader.user,
            ]
            let wrong = "Wr0ng-\(UInt32.random(in: 0...UInt32.max))"
            let cases: [[String: Any]] = [
                base.merging(["password": wrong, "table": "pg_class"]) { _, b in b },
                base.merging(["password": Self.readerPassword, "table": "no_such_table_16"]) { _, b in b },
                base.merging(["password": Self.readerPassword, "port": 1, "table": "t"]) { _, b in b },
            ]
            for body in cases {
                let r = try await c.call(.post, "/api/v1/data/sources", token: token, json: body)
                #expect(r.status == .unprocessableContent, "\(r.body)")
                #expect(r.errorCode == "VALIDATION_ERROR")
                let reason = try #require((r.error["details"] as? [String: Any])?["connection"] as? String, "\(r.body)")
                #expect(!reason.isEmpty)
                #expect(!r.body.contains(wrong) && !r.body.contains(Self.readerPassword))
            }
            let list = try await c.call(.get, "/api/v1/data/sources", token: token)
            #expect((list.data["data_sources"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(
        "the password appears in no log line, at trace level, whether the login works or not",
        .enabled(if: WarehouseServers.postgresReaderURL != nil, WarehouseServers.readerSkip))
    func passwordNeverLogged() async throws {
        let reader = try WarehouseConnection(engine: .postgres, url: WarehouseServers.postgresReaderURL ?? "")
        let recorder = LogRecorder()
        let dir = try TemporaryDirectory("aiser-warehouse-log")
        defer { dir.remove() }
        var settings = ServerSettings()
        settings.dataDirectory = dir.url.path
        settings.bcryptCost = 4
        settings.adminEmail = TestServer.adminEmail
        settings.adminPassword = TestServer.adminPassword
        settings.warehouse.allowedHosts = [reader.host]
        let logger = Logger(label: "aiser.test") { _ in LogRecorder.Handler(recorder: recorder) }
        let server = try await AiserServer.make(settings: settings, logger: logger)
        let wrong = "Wr0ng-\(UInt32.random(in: 0...UInt32.max))"
        try await server.application.test(.router) { raw in
            let c = Client(client: raw)
            let token = try await c.adminToken()
            let url = WarehouseServers.postgresReaderURL ?? ""
            let good = try await c.call(
                .post, "/api/v1/data/sources", token: token,
                json: [
                    "name": "classes", "type": "postgres", "url": url, "sql": "SELECT relname, relpages FROM pg_class",
                ])
            #expect(good.status == .created, "\(good.body)")
            let id = good.data["data_source_id"] as? String ?? ""
            _ = try await c.call(
                .post, "/api/v1/analytics/chart", token: token, json: ["query": "number of classes", "data_source": id])
            _ = try await c.call(
                .post, "/api/v1/data/sources", token: token,
                json: [
                    "name": "x", "type": "postgres", "host": reader.host, "port": reader.port, "user": reader.user,
                    "database": reader.database, "password": wrong, "table": "pg_class",
                ])
            _ = try await c.call(.get, "/api/v1/data/sources", token: token)
        }
        await server.backend.shutdown()
        #expect(!recorder.all.isEmpty)
        for record in recorder.all {
            let line = record.message + " " + record.metadata.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            #expect(!line.contains(Self.readerPassword) && !line.contains(wrong), "\(line)")
        }
    }

    @Test(
        "a ClickHouse source charts like the uploaded file",
        .enabled(if: WarehouseServers.clickhouseURL != nil, WarehouseServers.clickhouseSkip))
    func clickhouseSource() async throws {
        let url = try #require(WarehouseServers.clickhouseURL)
        let connection = try WarehouseServers.clickhouse
        let table = WarehouseServers.uniqueTable("orders")
        try await WarehouseLoader.clickhouse(
            url, "CREATE TABLE `\(table)` (day Date, region String, units Int64) ENGINE = Memory")
        try await WarehouseLoader.clickhouse(
            url, "INSERT INTO `\(table)` FORMAT JSONEachRow", body: WarehouseSourceData.jsonEachRow)
        defer { Task { try? await WarehouseLoader.clickhouse(url, "DROP TABLE `\(table)`") } }
        let server = try await TestServer(configure: {
            $0.warehouse.allowedHosts = ["\(connection.host):\(connection.port)"]
        })
        try await server.test { c in
            let token = try await c.adminToken()
            let created = try await c.call(
                .post, "/api/v1/data/sources", token: token,
                json: ["name": "orders", "type": "clickhouse", "url": url, "sql": "SELECT * FROM `\(table)`"])
            try #require(created.status == .created, "\(created.body)")
            #expect(created.data["type"] as? String == "clickhouse")
            let id = try #require(created.data["data_source_id"] as? String)
            let upload = try await c.upload("orders.csv", WarehouseSourceData.csv, token: token)
            let file = try #require(upload.data["data_source_id"] as? String)
            for question in ["total units by region", "total units by month"] {
                let pushed = try await c.call(
                    .post, "/api/v1/analytics/chart", token: token, json: ["query": question, "data_source": id])
                let local = try await c.call(
                    .post, "/api/v1/analytics/chart", token: token, json: ["query": question, "data_source": file])
                try #require(pushed.status == .created, "\(pushed.body)")
                #expect(pushed.data["chart_data"] as? NSDictionary == local.data["chart_data"] as? NSDictionary)
            }
        }
    }
}
