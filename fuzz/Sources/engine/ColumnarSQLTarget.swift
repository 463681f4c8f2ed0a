import Foundation
import FuzzKit

@testable import Engine

/// The columnar engine's SQL parser, planner and executor over a small table; anything it does
/// not support must be a `ColumnarError` (the caller then falls back to SQLite).
struct ColumnarSQLTarget: FuzzTarget {
    static let name = "columnar-sql"
    let tables: [String: ColumnarTable]

    init() throws {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE t(region TEXT, year INTEGER, sales REAL, ok BOOLEAN);
            INSERT INTO t VALUES ('north',2023,10.5,1),('south',2023,NULL,0),('north',2024,-3,1),
              (NULL,2024,1e308,NULL),('east',NULL,0,0),('ünï',2025,7,1);
            """)
        let result = try db.query("SELECT * FROM t")
        tables = ["t": try ColumnarTable(result: result, name: "t")]
    }

    func run(_ data: [UInt8]) {
        let sql = String(decoding: data, as: UTF8.self)
        do {
            _ = try SQLParser.parse(sql)
        } catch {
            Finding.expect(error, in: Self.name) { $0 is ColumnarError }
            return
        }
        do {
            _ = try ColumnarSQL(limits: .init(timeout: .seconds(1), maxRows: 1000)).run(
                sql, tables: tables, parameters: ["p": .integer(2024)])
        } catch {
            Finding.expect(error, in: Self.name) { $0 is ColumnarError }
        }
    }
}
