import Foundation
import Serve
import Testing

/// The servers the push-down tests run against, from the environment that `scripts/services up`
/// prints (and `scripts/test` exports). Tests that need one are skipped, with this message, when
/// it is not set.
enum WarehouseServers {
    static let postgresURL = ProcessInfo.processInfo.environment["AISER_TEST_POSTGRES_URL"]
    /// A read-only PostgreSQL login whose password no other test string contains.
    static let postgresReaderURL = ProcessInfo.processInfo.environment["AISER_TEST_POSTGRES_READER_URL"]
    static let clickhouseURL = ProcessInfo.processInfo.environment["AISER_TEST_CLICKHOUSE_URL"]
    /// A second ClickHouse server, the other shard of the `two_shards` cluster.
    static let clickhouseURL2 = ProcessInfo.processInfo.environment["AISER_TEST_CLICKHOUSE_URL2"]

    static let postgresSkip: Comment =
        "AISER_TEST_POSTGRES_URL is not set: run `eval \"$(scripts/services up)\"` first (scripts/test does)"
    static let clickhouseSkip: Comment =
        "AISER_TEST_CLICKHOUSE_URL is not set: run `eval \"$(scripts/services up)\"` first (scripts/test does)"
    static let readerSkip: Comment =
        "AISER_TEST_POSTGRES_READER_URL is not set: run `eval \"$(scripts/services up)\"` first (scripts/test does)"
    static let bothSkip: Comment =
        "AISER_TEST_POSTGRES_URL / AISER_TEST_CLICKHOUSE_URL(2) are not set: run `eval \"$(scripts/services up)\"` first"

    static var postgres: WarehouseConnection {
        get throws { try WarehouseConnection(engine: .postgres, url: postgresURL ?? "") }
    }
    static var clickhouse: WarehouseConnection {
        get throws { try WarehouseConnection(engine: .clickhouse, url: clickhouseURL ?? "") }
    }

    /// A table name no other test run uses.
    static func uniqueTable(_ stem: String) -> String {
        "\(stem)_\(UInt32.random(in: 0...UInt32.max))"
    }
}
