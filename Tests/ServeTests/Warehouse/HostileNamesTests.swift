import Foundation
import PostgresNIO
import Serve
import Testing

@testable import Engine

/// Table and column names with quotes, back quotes and backslashes reach the real engines
/// quoted by the dialect, and values with them come back unchanged.
@Suite("Hostile identifiers and values on the real engines")
struct HostileNamesTests {
    static let column = #"re"gi`on\ 'x"#
    static let values: [SQLValue] = [#"a'b"#, #"c\"d"#, "e`f", "a'b"]

    func query(_ table: String) -> Query {
        Query(
            table: table, dimensions: [Dimension(Self.column)], measures: [Measure(.count, as: "n")],
            filters: [Filter(Self.column, .notEquals, [#"c\"d"#])], order: [Order(Self.column)])
    }

    @Test(.enabled(if: WarehouseServers.postgresURL != nil, WarehouseServers.postgresSkip))
    func postgres() async throws {
        let table = WarehouseServers.uniqueTable(#"t"a`b\'"#)
        let c = try WarehouseServers.postgres
        let q = Identifier.quote(table)
        var binds = PostgresBindings()
        for v in Self.values { binds.append(v.string) }
        try await WarehouseLoader.postgres(
            c,
            [
                ("CREATE TABLE \(q)(\(Identifier.quote(Self.column)) text)", PostgresBindings()),
                ("INSERT INTO \(q) VALUES ($1), ($2), ($3), ($4)", binds),
            ])
        let result = await Result(catching: {
            try await WarehouseQueryRunner(Warehouses.connect(c), table: table, relation: .table(table)).run(
                query(table))
        })
        try? await WarehouseLoader.postgres(c, [("DROP TABLE \(q)", PostgresBindings())])
        #expect(try result.get().rows == [[#"a'b"#, 2], ["e`f", 1]])
    }

    @Test(.enabled(if: WarehouseServers.clickhouseURL != nil, WarehouseServers.clickhouseSkip))
    func clickhouse() async throws {
        let url = try #require(WarehouseServers.clickhouseURL)
        let table = WarehouseServers.uniqueTable(#"t"a`b\'"#)
        let dialect = ClickHouseDialect()
        try await WarehouseLoader.clickhouse(
            url, "CREATE TABLE \(dialect.quote(table)) (\(dialect.quote(Self.column)) String) ENGINE = Memory")
        let rows = Self.values.map { "(\(ClickHouseLiteral.render($0)))" }.joined(separator: ", ")
        try await WarehouseLoader.clickhouse(url, "INSERT INTO \(dialect.quote(table)) VALUES \(rows)")
        let result = await Result(catching: {
            try await WarehouseQueryRunner(
                Warehouses.connect(try WarehouseServers.clickhouse), table: table, relation: .table(table)
            )
            .run(query(table))
        })
        try? await WarehouseLoader.clickhouse(url, "DROP TABLE \(dialect.quote(table))")
        #expect(try result.get().rows == [[#"a'b"#, 2], ["e`f", 1]])
    }
}

extension Result where Failure == any Error {
    /// The outcome of an async throwing body, so cleanup can run before the test rethrows.
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
