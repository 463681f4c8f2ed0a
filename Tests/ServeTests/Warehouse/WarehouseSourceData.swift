import Foundation
import PostgresNIO

@testable import Engine

/// The small orders table the warehouse-source API tests load into a warehouse and upload as a
/// CSV file: 120 days of 2024 over three regions, units from a seeded generator.
enum WarehouseSourceData {
    static let rows: [(day: String, region: String, units: Int)] = {
        var random = SeededGenerator(seed: 11)
        let regions = ["North", "South", "West"]
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        let start = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01
        return (0..<120).map { i in
            (
                f.string(from: start.addingTimeInterval(Double(i) * 86_400)),
                regions[Int.random(in: 0..<3, using: &random)], Int.random(in: 1...50, using: &random)
            )
        }
    }()

    static var csv: String {
        "day,region,units\n" + rows.map { "\($0.day),\($0.region),\($0.units)" }.joined(separator: "\n") + "\n"
    }

    /// The statements creating `table` on PostgreSQL with the rows.
    static func postgres(_ table: String) -> [(String, PostgresBindings)] {
        let quoted = Identifier.quote(table)
        var binds = PostgresBindings()
        var tuples: [String] = []
        for (i, row) in rows.enumerated() {
            tuples.append("($\(3 * i + 1)::date, $\(3 * i + 2), $\(3 * i + 3))")
            binds.append(row.day)
            binds.append(row.region)
            binds.append(row.units)
        }
        return [
            ("CREATE TABLE \(quoted)(day date, region text, units bigint)", PostgresBindings()),
            ("INSERT INTO \(quoted) VALUES \(tuples.joined(separator: ", "))", binds),
        ]
    }

    /// The rows as ClickHouse `JSONEachRow`.
    static var jsonEachRow: String {
        rows.map { "{\"day\":\"\($0.day)\",\"region\":\"\($0.region)\",\"units\":\($0.units)}" }
            .joined(separator: "\n")
    }
}
