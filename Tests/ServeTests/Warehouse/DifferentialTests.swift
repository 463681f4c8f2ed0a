import Foundation
import PostgresNIO
import Serve
import Testing

@testable import Engine

/// The same query-model queries give the same results on SQLite (the reference), PostgreSQL,
/// ClickHouse, and a ClickHouse `Distributed` table over two shards, for the same loaded rows.
/// Reals agree within a relative 1e-9 (`DifferentialData.mismatch`); everything else exactly.
@Suite("The query model pushed down gives SQLite's results on PostgreSQL and ClickHouse")
struct DifferentialTests {
    @Test(.enabled(if: WarehouseServers.postgresURL != nil, WarehouseServers.postgresSkip))
    func postgresMatchesSQLite() async throws {
        let table = WarehouseServers.uniqueTable("diff")
        let connection = try WarehouseServers.postgres
        let quoted = Identifier.quote(table)
        var statements: [(String, PostgresBindings)] = [
            ("CREATE TABLE \(quoted)(day date, region text, units bigint, price double precision)", PostgresBindings())
        ]
        for chunk in stride(from: 0, to: DifferentialData.rows.count, by: 200) {
            let rows = DifferentialData.rows[chunk..<min(chunk + 200, DifferentialData.rows.count)]
            var binds = PostgresBindings()
            var tuples: [String] = []
            for (i, row) in rows.enumerated() {
                let n = i * 4
                tuples.append("($\(n + 1)::date, $\(n + 2), $\(n + 3), $\(n + 4))")
                binds.append(row[0].string)
                binds.append(row[1].string)
                binds.append(row[2].int.map(Int.init))
                binds.append(row[3].double)
            }
            statements.append(("INSERT INTO \(quoted) VALUES \(tuples.joined(separator: ", "))", binds))
        }
        try await WarehouseLoader.postgres(connection, statements)
        await cleaningUp(try await compare(Warehouses.connect(connection), table: table)) {
            try? await WarehouseLoader.postgres(connection, [("DROP TABLE \(quoted)", PostgresBindings())])
        }
    }

    @Test(.enabled(if: WarehouseServers.clickhouseURL != nil, WarehouseServers.clickhouseSkip))
    func clickhouseMatchesSQLite() async throws {
        let url = try #require(WarehouseServers.clickhouseURL)
        let table = WarehouseServers.uniqueTable("diff")
        try await createClickHouseTable(url, table)
        let json = try WarehouseLoader.jsonEachRow(DifferentialData.columns, DifferentialData.rows)
        try await WarehouseLoader.clickhouse(url, "INSERT INTO `\(table)` FORMAT JSONEachRow", body: json)
        await cleaningUp(try await compare(Warehouses.connect(try WarehouseServers.clickhouse), table: table)) {
            try? await WarehouseLoader.clickhouse(url, "DROP TABLE `\(table)`")
        }
    }

    @Test(
        .enabled(
            if: WarehouseServers.clickhouseURL != nil && WarehouseServers.clickhouseURL2 != nil,
            WarehouseServers.clickhouseSkip))
    func distributedClickHouseMatchesSQLite() async throws {
        let urls = [try #require(WarehouseServers.clickhouseURL), try #require(WarehouseServers.clickhouseURL2)]
        let table = WarehouseServers.uniqueTable("diff")
        let local = table + "_local"
        for (shard, url) in urls.enumerated() {
            try await createClickHouseTable(url, local)
            let rows = DifferentialData.rows.enumerated().filter { $0.offset % 2 == shard }.map(\.element)
            let json = try WarehouseLoader.jsonEachRow(DifferentialData.columns, rows)
            try await WarehouseLoader.clickhouse(url, "INSERT INTO `\(local)` FORMAT JSONEachRow", body: json)
        }
        try await WarehouseLoader.clickhouse(
            urls[0],
            "CREATE TABLE `\(table)` AS `\(local)` ENGINE = Distributed(two_shards, currentDatabase(), `\(local)`)")
        await cleaningUp(try await compare(Warehouses.connect(try WarehouseServers.clickhouse), table: table)) {
            try? await WarehouseLoader.clickhouse(urls[0], "DROP TABLE `\(table)`")
            for url in urls { try? await WarehouseLoader.clickhouse(url, "DROP TABLE `\(local)`") }
        }
    }

    /// Runs `body`, records its error as the test's, then always runs `cleanup`.
    private func cleaningUp(_ body: @autoclosure () async throws -> Void, _ cleanup: () async -> Void) async {
        do { try await body() } catch { Issue.record(error) }
        await cleanup()
    }

    private func createClickHouseTable(_ url: String, _ table: String) async throws {
        try await WarehouseLoader.clickhouse(
            url,
            "CREATE TABLE `\(table)` (day Date, region Nullable(String), units Int64, price Nullable(Float64)) ENGINE = Memory"
        )
    }

    private func compare(_ warehouse: any Warehouse, table: String) async throws {
        let reference = try DifferentialData.sqlite(table: table)
        let runner = WarehouseQueryRunner(warehouse, table: table, relation: .table(table))
        var compared = 0
        for (name, query) in DifferentialData.queries(table: table) {
            let expected = try QueryRunner(reference).run(query)
            let got = try await runner.run(query)
            #expect(!expected.rows.isEmpty, "\(name): the reference has rows")
            if let difference = DifferentialData.mismatch(expected, got) {
                Issue.record("\(name): \(difference)\nSQL: \(try await runner.compile(query).sql)")
            }
            compared += 1
        }
        #expect(compared == DifferentialData.queries(table: table).count)
    }
}
