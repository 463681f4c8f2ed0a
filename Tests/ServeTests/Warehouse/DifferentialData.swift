import Foundation

@testable import Engine

/// The table every engine gets in the differential test: 730 days around two ISO week-year
/// edges, four regions (one with a quote and a backslash in its name, and NULLs), integer units
/// and fractional prices; deterministic (a seeded generator).
enum DifferentialData {
    static let columns = ["day", "region", "units", "price"]
    static let regions: [SQLValue] = ["North", "South", "O'Brien \\ East", "west", .null]

    static let rows: [[SQLValue]] = {
        var random = SeededGenerator(seed: 16)
        var rows: [[SQLValue]] = []
        let start = Date(timeIntervalSince1970: 1_609_027_200)  // 2020-12-27
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        for i in 0..<900 {
            let day = f.string(from: start.addingTimeInterval(Double(i % 740) * 86_400))
            let region = regions[Int.random(in: 0..<regions.count, using: &random)]
            let units = SQLValue.integer(Int64.random(in: -5...120, using: &random))
            let price: SQLValue = i % 37 == 0 ? .null : .real(Double(Int.random(in: 1...100_000, using: &random)) / 100)
            rows.append([.text(day), region, units, price])
        }
        return rows
    }()

    /// The same rows in a SQLite table (the embedded engine, the reference).
    static func sqlite(table: String) throws -> Connection {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE \(Identifier.quote(table))(day DATE, region TEXT, units INTEGER, price REAL)")
        try db.transaction {
            for row in rows {
                _ = try db.run("INSERT INTO \(Identifier.quote(table)) VALUES (?, ?, ?, ?)", row)
            }
        }
        return db
    }

    /// The queries compared: every time grain with every aggregate, filters of every kind, top-N.
    static func queries(table: String) -> [(String, Query)] {
        var out: [(String, Query)] = []
        let all: [Measure] = [
            Measure(.count, as: "rows"), Measure(.sum, "units", as: "units_sum"),
            Measure(.avg, "price", as: "avg_price"),
            Measure(.min, "price", as: "min_price"), Measure(.max, "units", as: "max_units"),
            Measure(.countDistinct, "region", as: "regions"), Measure(.median, "price", as: "median_price"),
        ]
        for grain in TimeGrain.allCases {
            out.append(
                (
                    "\(grain.rawValue) × every aggregate",
                    Query(
                        table: table, dimensions: [Dimension("day", grain: grain)], measures: all, order: [Order("day")]
                    )
                ))
        }
        out.append(
            (
                "month × region",
                Query(
                    table: table, dimensions: [Dimension("day", grain: .month), Dimension("region")],
                    measures: [Measure(.sum, "units", as: "units")], order: [Order("day"), Order("region")])
            ))
        let filters: [(String, Filter)] = [
            ("equals a hostile name", Filter("region", .equals, ["O'Brien \\ East"])),
            ("not equals", Filter("region", .notEquals, ["North"])),
            ("one of", Filter("region", .oneOf, ["North", "west"])),
            ("none of", Filter("region", .noneOf, ["South"])),
            ("between dates", Filter("day", .between, ["2021-02-01", "2021-06-30"])),
            ("greater or equal", Filter("units", .greaterOrEqual, [100])),
            ("less than a decimal", Filter("price", .less, [12.5])),
            ("contains, case-insensitive", Filter("region", .contains, ["EAST"])),
            ("is null", Filter("region", .isNull, [])),
            ("is not null", Filter("price", .isNotNull, [])),
            ("a month bucket", Filter("day", .equals, ["2021-03"], grain: .month)),
        ]
        for (name, f) in filters {
            out.append(
                (
                    "filter: \(name)",
                    Query(
                        table: table, dimensions: [Dimension("region")],
                        measures: [Measure(.count, as: "rows"), Measure(.sum, "price", as: "revenue")],
                        filters: [f], order: [Order("region")])
                ))
        }
        out.append(
            (
                "top 3 regions by units",
                Query(
                    table: table, dimensions: [Dimension("region")], measures: [Measure(.sum, "units", as: "units")],
                    order: [Order("units", descending: true)], limit: 3)
            ))
        out.append(
            (
                "top 5 weeks, descending",
                Query(
                    table: table, dimensions: [Dimension("day", grain: .week)], measures: [Measure(.count, as: "n")],
                    order: [Order("n", descending: true), Order("day", descending: true)], limit: 5)
            ))
        out.append(
            ("distinct regions", Query(table: table, dimensions: [Dimension("region")], order: [Order("region")])))
        out.append(
            (
                "an aggregate over nothing",
                Query(
                    table: table, measures: [Measure(.sum, "units", as: "s"), Measure(.avg, "price", as: "a")],
                    filters: [Filter("units", .greater, [1000])])
            ))
        return out
    }

    /// Whether two results agree: same columns, same rows in the same order, integers and text
    /// exactly, reals within a relative 1e-9 (engines sum floating-point values in different orders).
    static func mismatch(_ a: QueryResult, _ b: QueryResult) -> String? {
        guard a.columns.map(\.name) == b.columns.map(\.name) else {
            return "columns \(a.columns.map(\.name)) vs \(b.columns.map(\.name))"
        }
        guard a.columns.map(\.type) == b.columns.map(\.type) else {
            return "types \(a.columns.map(\.type)) vs \(b.columns.map(\.type))"
        }
        guard a.rows.count == b.rows.count else { return "\(a.rows.count) rows vs \(b.rows.count)" }
        for (i, (x, y)) in zip(a.rows, b.rows).enumerated() {
            for (u, v) in zip(x, y) where !same(u, v) { return "row \(i): \(x) vs \(y)" }
        }
        return nil
    }

    static func same(_ u: SQLValue, _ v: SQLValue) -> Bool {
        switch (u, v) {
        case (.real, _), (_, .real):
            guard let a = u.double, let b = v.double else { return u.isNull && v.isNull }
            return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
        default: return u == v
        }
    }
}
