import Foundation
import TestSupport
import Testing

@testable import Engine

/// The NL engine's lexicon and rollup stored in a database of their own give the same answers as
/// those built from the data, and the columnar scan stores exactly what SQLite's does.
@Suite("Stored NL artefacts")
struct AskArtefactsTests {
    /// 20,000 rows over two years: dates, two low-cardinality text columns, a product code column
    /// of 150 values, numbers with a few gaps (a rollup of at most 24 × 4 × 5 rows).
    static func csv() -> String {
        var text = "date,region,category,product,revenue,units,price\n"
        let regions = ["North", "South", "East", "West"]
        let categories = ["Toys", "Books", "Garden", "Food", "Tools"]
        var day = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2022, month: 1, day: 1)
        for i in 0..<20_000 {
            day.day = 1 + (i * 7 % 730)
            let date = day.date.map {
                ISO8601DateFormatter.string(from: $0, timeZone: .gmt, formatOptions: .withFullDate)
            }
            let revenue = i % 97 == 0 ? "" : String(Double(i * 37 % 1000) / 10)
            text += "\(date ?? ""),\(regions[i % 4]),\(categories[i % 5]),P-\(i % 150),\(revenue),\(i % 9),"
            text += "\(Double(i * 13 % 500) / 8)\n"
        }
        return text
    }

    static let questions = [
        "revenue by month", "average revenue by quarter in 2022", "total units by region", "average price by category",
        "number of rows by year", "max revenue by region in 2023", "min price by month for Toys",
        "revenue by region and year", "top 5 products by revenue", "how many categories", "average revenue",
        "revenue from March 2022 to June 2022 by month", "total revenue for P-7",
    ]

    @Test("built by SQLite or by the columnar engine, the artefacts are the same and answer as the data does")
    func sameAnswers() throws {
        let dir = try TemporaryDirectory("aiser-artefacts")
        defer { dir.remove() }
        let csv = URL(fileURLWithPath: try dir.write("sales.csv", Self.csv()))
        let data = dir.path("sales.sqlite")
        let db = try Connection(path: data)
        _ = try Ingestor.load(csv, into: db, table: "sales")
        let analytics = Analytics(connection: db, tables: ["sales"])
        let columnar = try ColumnarTable.load(csv, as: "sales")
        for (schema, engine) in [("by_sqlite", nil), ("by_columnar", columnar)] {
            try db.run("ATTACH DATABASE ? AS \(schema)", [.text(dir.path("\(schema).sqlite"))])
            try analytics.buildAskArtefacts(into: schema, stamp: "v1", columnar: engine, rollupThreshold: 10)
        }
        for sql in [
            "SELECT key, value FROM %@.aiser_ask_artefacts ORDER BY key", "SELECT * FROM %@.aiser_rollup_sales",
            "SELECT name, type FROM pragma_table_info('aiser_rollup_sales', '%@')",
        ] {
            let a = try db.query(sql.replacingOccurrences(of: "%@", with: "by_sqlite")).rows
            let b = try db.query(sql.replacingOccurrences(of: "%@", with: "by_columnar")).rows
            #expect(!a.isEmpty && a.count == b.count, "\(sql)")
            for (x, y) in zip(a, b) where x != y {
                let fields = zip(x, y).filter { $0 != $1 }.map { "\($0.0) ≠ \($0.1)" }
                Issue.record("\(sql): \(fields.joined(separator: "; ").prefix(3000))")
            }
        }

        let reader = try Analytics.readOnly(path: data, table: "sales")
        try reader.connection.run("ATTACH DATABASE ? AS stored", [.text(dir.path("by_columnar.sqlite"))])
        #expect(reader.askArtefactsStamp(in: "stored") == "v1")
        #expect(reader.askArtefactsStamp(in: "main") == nil)
        let stored = try reader.asker(artefactsIn: "stored")
        #expect(stored.rollups["sales"] != nil)
        let built = try Asker(
            connection: try Connection(path: data, mode: .readOnly), tables: ["sales"], rollupThreshold: 10)
        var answered = 0
        for q in Self.questions {
            guard let b = try? built.ask(q) else {
                #expect(throws: (any Error).self, "\(q)") { try stored.ask(q) }
                continue
            }
            let a = try stored.ask(q)
            #expect(a.sql == b.sql && a.rows.rows == b.rows.rows, "\(q)")
            #expect(try JSONCoding.string(a.chart) == JSONCoding.string(b.chart), "\(q)")
            answered += 1
        }
        #expect(answered >= 10)
    }

    @Test("stored values read back with their exact types")
    func exactValues() throws {
        let values: [SQLValue] = [
            .null, .integer(2), .real(2.0), .real(-0.0), .real(.infinity), .text("2"), .blob([0, 1]),
        ]
        let text = try JSONCoding.string(values.map(ExactValue.init))
        let back = try JSONCoding.decode([ExactValue].self, from: Data(text.utf8)).map(\.value)
        #expect(back == values)
        if case .real(let z) = back[3] { #expect(z.sign == .minus) } else { Issue.record("-0.0 is not a real") }
    }
}
