import Foundation
import Testing

@testable import Engine

@Suite("Table profile")
struct ProfilerTests {
    /// `profile.csv`:
    ///
    ///     region,units,price,day,active
    ///     North,10,2.5,2024-01-01,true
    ///     South,20,,2024-01-03,false
    ///     North,10,2.5,2024-01-01,true      (a duplicate of the first row)
    ///     ,40,5.0,2024-01-07,
    ///     East,,10.0,,true
    func profile() throws -> TableProfile {
        let (_, db) = try CSVFixture.load("profile.csv")
        return try Profiler.profile(table: "t", in: db)
    }

    @Test("reports every column's type, nulls, distinct count and samples")
    func columns() throws {
        let p = try profile()
        #expect(p.columns.map(\.name) == ["region", "units", "price", "day", "active"])
        #expect(p.columns.map(\.type) == [.string, .integer, .decimal, .date, .boolean])
        #expect(p.columns.map(\.nullable) == [true, true, true, true, true])
        #expect(p.columns.map(\.uniqueValues) == [3, 3, 3, 3, 2])
        #expect(p.columns[0].sampleValues == ["North", "South", "East"])
        #expect(p.columns[1].sampleValues == ["10", "20", "40"])
        #expect(p.columns[2].sampleValues == ["2.5", "5", "10"])
        #expect(p.columns[3].sampleValues == ["2024-01-01", "2024-01-03", "2024-01-07"])
        #expect(p.columns[4].sampleValues == ["true", "false"])
    }

    @Test("computes min, max and mean for numbers and dates only")
    func ranges() throws {
        let p = try profile()
        // units: 10, 20, 10, 40 → mean 80 / 4 = 20
        #expect(p.columns[1].min == .integer(10))
        #expect(p.columns[1].max == .integer(40))
        #expect(p.columns[1].mean == .number(20))
        // price: 2.5, 2.5, 5, 10 → mean 20 / 4 = 5
        #expect(p.columns[2].min == .number(2.5))
        #expect(p.columns[2].max == .number(10))
        #expect(p.columns[2].mean == .number(5))
        // day: Jan 1, 3, 1, 7 → mean day offset (0 + 2 + 0 + 6) / 4 = 2 → Jan 3
        #expect(p.columns[3].min == .text("2024-01-01"))
        #expect(p.columns[3].max == .text("2024-01-07"))
        #expect(p.columns[3].mean == .text("2024-01-03"))
        for i in [0, 4] {
            #expect(p.columns[i].min == nil && p.columns[i].max == nil && p.columns[i].mean == nil)
        }
    }

    @Test("scores completeness, consistency and duplicates by the documented formula")
    func statistics() throws {
        let p = try profile()
        #expect(p.totalRows == 5)
        // 25 cells, one NULL in each of the 5 columns → 20 / 25
        #expect(p.completeness == 0.8)
        #expect(p.typeConsistency == 1)
        // 5 rows, 4 distinct → 1 / 5 duplicated
        #expect(p.duplicateRatio == 0.2)
        // 0.6 × 0.8 + 0.2 × 1 + 0.2 × (1 − 0.2) = 0.48 + 0.2 + 0.16
        #expect(p.dataQualityScore == 0.84)
    }

    @Test("counts values that do not fit a column's type against consistency")
    func inconsistentTable() throws {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE m(n INTEGER, d DATE);
            INSERT INTO m VALUES (1, '2024-01-01'), ('x', 'soon'), (3, NULL), (3, NULL);
            """)
        let p = try Profiler.profile(table: "m", in: db)
        // non-null cells: n 4, d 2 → 6 of 8; fitting: n 3 (1, 3, 3), d 1 → 4 of 6
        #expect(p.completeness == 0.75)
        #expect(abs(p.typeConsistency - 4.0 / 6.0) < 1e-12)
        #expect(p.duplicateRatio == 0.25)
        // 0.6 × 0.75 + 0.2 × 2/3 + 0.2 × 0.75 = 0.45 + 0.1333… + 0.15 = 0.7333…
        #expect(p.dataQualityScore == 0.7333)
    }

    @Test("writes the API object with columns in table order")
    func json() throws {
        let p = try profile()
        let text = p.jsonText()
        #expect(
            text.hasPrefix(
                "{\"schema\":{\"region\":{\"type\":\"string\",\"nullable\":true,\"unique_values\":3,"
                    + "\"sample_values\":[\"North\",\"South\",\"East\"]},\"units\":{\"type\":\"integer\","))
        #expect(text.hasSuffix("\"statistics\":{\"total_rows\":5,\"completeness\":0.8,\"data_quality_score\":0.84}}"))
        #expect(
            text.contains(
                "\"day\":{\"type\":\"date\",\"nullable\":true,\"unique_values\":3,"
                    + "\"sample_values\":[\"2024-01-01\",\"2024-01-03\",\"2024-01-07\"],"
                    + "\"min\":\"2024-01-01\",\"max\":\"2024-01-07\",\"mean\":\"2024-01-03\"}"))
        // JSONEncoder gives the same object (its key order aside).
        let decoded = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(p)) as? [String: Any]
        let again = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(decoded.map { NSDictionary(dictionary: $0) } == again.map { NSDictionary(dictionary: $0) })
    }

    @Test("profiles an empty table and refuses a missing one")
    func edges() throws {
        let db = try Connection.inMemory()
        try db.execute("CREATE TABLE e(a INTEGER, b TEXT)")
        let p = try Profiler.profile(table: "e", in: db)
        #expect(p.totalRows == 0)
        #expect(p.completeness == 1)
        #expect(p.dataQualityScore == 1)
        #expect(p.columns.map(\.nullable) == [false, false])
        #expect(p.columns[0].min == nil)
        #expect(throws: ProfileError.self) { try Profiler.profile(table: "nope", in: db) }
    }
}
