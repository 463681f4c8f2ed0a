import Foundation
import PostgresNIO
import Serve
import Testing

@testable import Engine

/// Charts and profiles pushed down give what the same use cases give on SQLite.
@Suite("Charts and profiles on a warehouse source")
struct WarehouseAnalyticsTests {
    @Test(.enabled(if: WarehouseServers.clickhouseURL != nil, WarehouseServers.clickhouseSkip))
    func clickhouseChartAndProfileMatchSQLite() async throws {
        let url = try #require(WarehouseServers.clickhouseURL)
        let table = WarehouseServers.uniqueTable("charts")
        try await WarehouseLoader.clickhouse(
            url,
            "CREATE TABLE `\(table)` (day Date, region Nullable(String), units Int64, price Nullable(Float64)) ENGINE = Memory"
        )
        let json = try WarehouseLoader.jsonEachRow(DifferentialData.columns, DifferentialData.rows)
        try await WarehouseLoader.clickhouse(url, "INSERT INTO `\(table)` FORMAT JSONEachRow", body: json)
        var failure: (any Error)?
        do {
            try await compare(
                Warehouses.connect(try WarehouseServers.clickhouse), table: table, relation: .table(table))
            // A source defined by SQL reads the same rows through a subquery.
            try await compare(
                Warehouses.connect(try WarehouseServers.clickhouse), table: table,
                relation: .sql("SELECT day, region, units, price FROM `\(table)` WHERE 1 = 1;"))
        } catch { failure = error }
        try? await WarehouseLoader.clickhouse(url, "DROP TABLE `\(table)`")
        if let failure { throw failure }
    }

    private func compare(_ warehouse: any Warehouse, table: String, relation: WarehouseRelation) async throws {
        let reference = Analytics(connection: try DifferentialData.sqlite(table: table), tables: [table])
        let pushed = WarehouseAnalytics(warehouse, table: table, relation: relation)
        let specs = [
            ChartQuery(table: table, type: .bar, encoding: ChartEncoding(x: "region", y: ["units"])),
            ChartQuery(
                table: table, type: .line,
                encoding: ChartEncoding(x: "day", y: ["units"], series: "region", grain: .month)),
        ]
        for spec in specs {
            let expected = try JSONCoding.string(try reference.chart(spec))
            let got = try JSONCoding.string(try await pushed.chart(spec))
            #expect(got == expected)
        }
        let a = try reference.profile()
        let b = try await pushed.profile()
        #expect(b.totalRows == a.totalRows)
        #expect(b.columns.map(\.name) == a.columns.map(\.name))
        #expect(b.columns.map(\.type) == a.columns.map(\.type))
        #expect(b.columns.map(\.nullable) == a.columns.map(\.nullable))
        #expect(b.columns.map(\.uniqueValues) == a.columns.map(\.uniqueValues))
        #expect(b.columns.map(\.min) == a.columns.map(\.min))
        #expect(b.columns.map(\.max) == a.columns.map(\.max))
        #expect(abs(b.completeness - a.completeness) < 1e-12)
    }
}
