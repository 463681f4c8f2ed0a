import Foundation
import Serve
import Testing

@testable import Engine

/// What the connections themselves enforce on real servers: read-only, the engine's time limit,
/// the row cap, and errors as one clear sentence without the password.
@Suite("Warehouse connections are read-only, bounded, and fail with clear errors")
struct WarehouseSafetyTests {
    @Test(.enabled(if: WarehouseServers.postgresURL != nil, WarehouseServers.postgresSkip))
    func postgresRefusesWritesAndStopsLongQueries() async throws {
        let pg = Warehouses.connect(try WarehouseServers.postgres, limits: WarehouseLimits(timeLimit: 1))
        let write = await #expect(throws: QueryError.self) {
            try await pg.query(
                CompiledQuery(sql: "CREATE TABLE aiser_must_not_exist(x int)", bindings: []), maxRows: 10)
        }
        #expect(write?.message == "PostgreSQL refused the query: the connection is read-only")
        // Even a statement that turns read-only off cannot write in the transaction it runs in.
        let sneaky = await #expect(throws: QueryError.self) {
            try await pg.query(
                CompiledQuery(
                    sql: "WITH x AS (SELECT set_config('default_transaction_read_only', 'off', false)) "
                        + "INSERT INTO aiser_must_not_exist SELECT 1 FROM x", bindings: []), maxRows: 10)
        }
        #expect(sneaky != nil)
        let slow = await #expect(throws: QueryError.self) {
            try await pg.query(CompiledQuery(sql: "SELECT pg_sleep(5)", bindings: []), maxRows: 10)
        }
        #expect(slow?.message == "the query ran longer than its 1-second limit on PostgreSQL")
        let capped = try await pg.query(
            CompiledQuery(sql: "SELECT generate_series(1, 50) AS n", bindings: []), maxRows: 20)
        #expect(capped.rows.count == 20 && capped.truncated)
        let bad = await #expect(throws: QueryError.self) {
            try await pg.query(CompiledQuery(sql: "SELECT nope FROM nowhere", bindings: []), maxRows: 10)
        }
        #expect(bad?.message == #"PostgreSQL rejected the query: relation "nowhere" does not exist"#)
    }

    @Test(.enabled(if: WarehouseServers.postgresURL != nil, WarehouseServers.postgresSkip))
    func postgresLoginAndNetworkErrors() async throws {
        var wrong = try WarehouseServers.postgres
        wrong.password = "not-the-password-\(UInt16.random(in: 0...9999))"
        let login = await #expect(throws: QueryError.self) {
            try await Warehouses.connect(wrong).query(CompiledQuery(sql: "SELECT 1", bindings: []), maxRows: 1)
        }
        #expect(login?.message.contains("refused the login of user \"\(wrong.user)\"") == true)
        #expect(login?.message.contains(wrong.password) == false)
        let closed = WarehouseConnection(engine: .postgres, host: "127.0.0.1", port: 1, user: "x", password: "y")
        let unreachable = await #expect(throws: QueryError.self) {
            try await Warehouses.connect(closed).query(CompiledQuery(sql: "SELECT 1", bindings: []), maxRows: 1)
        }
        #expect(unreachable?.message == "cannot reach PostgreSQL at 127.0.0.1:1")
    }

    @Test(.enabled(if: WarehouseServers.clickhouseURL != nil, WarehouseServers.clickhouseSkip))
    func clickhouseRefusesWritesAndStopsLongQueries() async throws {
        let ch = Warehouses.connect(try WarehouseServers.clickhouse, limits: WarehouseLimits(timeLimit: 1))
        let write = await #expect(throws: QueryError.self) {
            try await ch.query(
                CompiledQuery(sql: "CREATE TABLE aiser_must_not_exist (x UInt8) ENGINE = Memory", bindings: []),
                maxRows: 10)
        }
        #expect(write?.message == "ClickHouse refused the query: the connection is read-only")
        let slow = await #expect(throws: QueryError.self) {
            try await ch.query(
                CompiledQuery(sql: "SELECT count() FROM system.numbers WHERE number % 7 = 3", bindings: []), maxRows: 10
            )
        }
        #expect(slow?.message == "the query ran longer than its 1-second limit on ClickHouse")
        let capped = try await ch.query(
            CompiledQuery(sql: "SELECT number FROM system.numbers LIMIT 50", bindings: []), maxRows: 20)
        #expect(capped.rows.count == 20 && capped.truncated)
        let bad = await #expect(throws: QueryError.self) {
            try await ch.query(CompiledQuery(sql: "SELECT nope FROM nowhere", bindings: []), maxRows: 10)
        }
        #expect(bad?.message.hasPrefix("ClickHouse rejected the query: Table") == true)
        let closed = WarehouseConnection(engine: .clickhouse, host: "127.0.0.1", port: 1)
        let unreachable = await #expect(throws: QueryError.self) {
            try await Warehouses.connect(closed).query(CompiledQuery(sql: "SELECT 1", bindings: []), maxRows: 1)
        }
        #expect(unreachable?.message == "cannot reach ClickHouse at 127.0.0.1:1 (connection refused)")
    }

    @Test(
        "ClickHouse reads every rendered literal back as exactly the value rendered (fuzzed strings)",
        .enabled(if: WarehouseServers.clickhouseURL != nil, WarehouseServers.clickhouseSkip))
    func clickhouseLiteralsRoundTrip() async throws {
        let ch = Warehouses.connect(try WarehouseServers.clickhouse)
        var random = SeededGenerator(seed: 7)
        let alphabet: [Character] = [
            "'", "\\", "\"", "`", "\0", "\n", "\r", "\t", "x", ";", "é", "\u{7F}", "🚀", "%", "?",
        ]
        var values: [String] = ["", "'", "\\", "\\'", "'; DROP TABLE x; --", "\\x27", "a\0b"]
        for _ in 0..<200 {
            values.append(
                String(
                    (0..<Int.random(in: 1...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        // One query per batch of 50: each value comes back as its own row, in order.
        for start in stride(from: 0, to: values.count, by: 50) {
            let batch = Array(values[start..<min(start + 50, values.count)])
            let arms = batch.enumerated().map {
                "SELECT \($0.offset) AS i, \(ClickHouseLiteral.render(.text($0.element))) AS s"
            }
            let sql = "SELECT i, s FROM (\(arms.joined(separator: " UNION ALL "))) ORDER BY i"
            let result = try await ch.query(CompiledQuery(sql: sql, bindings: []), maxRows: 100)
            #expect(result.rows.map { $0[1] } == batch.map(SQLValue.text))
        }
        for number: SQLValue in [0, -1, .integer(.min), .integer(.max), 0.1, -2.5e-300, 1e300] {
            let r = try await ch.query(
                CompiledQuery(sql: "SELECT \(ClickHouseLiteral.render(number)) AS v", bindings: []), maxRows: 1)
            #expect(DifferentialData.same(r.rows[0][0], number), "\(number)")
        }
    }
}
