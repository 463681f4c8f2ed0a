import Foundation
import TestSupport
import Testing

@testable import Engine

/// A CSV loaded into columns holds exactly what the SQLite ingest stores: names, types, values.
@Suite("Columnar CSV load")
struct ColumnarLoadTests {
    /// `SELECT * FROM t` both ways must be identical.
    func compare(_ url: URL, parts: Int = 1, minimumSplitSize: Int = 1 << 20) throws {
        let db = try Connection.inMemory()
        _ = try Ingestor.load(url, into: db, table: "t")
        let expected = try ReadOnlySQL().run("SELECT * FROM t", on: db)
        let table = try ColumnarTable.load(url, as: "t", format: nil, parts: parts, minimumSplitSize: minimumSplitSize)
        #expect(table.rowCount == expected.rows.count)
        let actual = try ColumnarSQL().run("SELECT * FROM t", tables: ["t": table])
        #expect(ColumnarFixture.difference(expected, actual) == nil, "\(url.lastPathComponent)")
        #expect(table.schema == expected.columns)
    }

    @Test(
        "each CSV fixture loads as SQLite stores it",
        arguments: [
            "bom_crlf.csv", "cp1252.csv", "cr_pipe.csv", "dates.csv", "headers.csv", "numbers.csv", "people.tsv",
            "profile.csv", "quoted_newlines.csv", "ragged.csv",
        ])
    func fixture(_ name: String) throws {
        try compare(try CSVFixture.url(name))
    }

    @Test("the differential fixture (quotes with commas and line breaks) loads as SQLite stores it")
    func orders() throws {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        try compare(root.appendingPathComponent("columnar/orders.csv"), parts: 2, minimumSplitSize: 1)
    }

    @Test("a file without quotes is read in parallel chunks with the same result")
    func chunks() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = "id,city,amount,when,flag\r\n"
        for i in 0..<5000 {
            let city = ["Oslo", "Bergen", "", "NA", "Tromsø"][i % 5]
            let amount = i % 7 == 0 ? "" : (i % 11 == 0 ? "N/A" : "\(i % 13 - 6).\(i % 10)")
            let day = i % 9 == 0 ? "" : "2024-0\(1 + i % 9)-1\(i % 10)"
            text += "\(i),\(city),\(amount),\(day),\(i % 3 == 0 ? "yes" : "no")\r\n"
        }
        let path = try dir.write("big.csv", text)
        let url = URL(fileURLWithPath: path)
        #expect(try ChunkPlan.ranges(of: url, parts: 3, minimumSize: 1).count == 3)
        try compare(url, parts: 3, minimumSplitSize: 1)
    }

    @Test("types that change after the first rows are read again with the final types")
    func lateTypes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = "n,code,day,late,flag\n"
        for i in 0..<3000 {
            let n = i == 2900 ? "1.5" : "\(i)"
            let code = i == 2950 ? "X7" : "\(i % 50)"
            let late = i < 2500 ? "" : "\(i - 2600)"
            let flag = i == 2990 ? "maybe" : (i % 2 == 0 ? "yes" : "no")
            text += "\(n),\(code),\(i == 2999 ? "soon" : "2024-01-0\(1 + i % 9)"),\(late),\(flag)\n"
        }
        let url = URL(fileURLWithPath: try dir.write("late.csv", text))
        try compare(url, parts: 2, minimumSplitSize: 1)
        let table = try ColumnarTable.load(url, as: "t")
        #expect(table.schema.map(\.type) == [.decimal, .string, .string, .integer, .string])
    }

    @Test("columns trusted from the first rows keep their type when every value fits")
    func trusted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = "n,price,ok,when\n"
        for i in 0..<5000 { text += "\(i - 2500),\(i % 7).25,\(i % 3 == 0 ? "TRUE" : "f"),2024-02-\(10 + i % 19)\n" }
        text += "NA,,n/a,\n"
        let url = URL(fileURLWithPath: try dir.write("trusted.csv", text))
        try compare(url, parts: 3, minimumSplitSize: 1)
        let table = try ColumnarTable.load(url, as: "t", format: nil, parts: 3, minimumSplitSize: 1)
        #expect(table.schema.map(\.type) == [.integer, .decimal, .boolean, .date])
    }

    @Test("a chunk boundary never splits a record and every byte belongs to one chunk")
    func ranges() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("lines.csv", "a,b\n1,2\n3,4\n5,6\n7,8\n")
        let ranges = try ChunkPlan.ranges(of: URL(fileURLWithPath: path), parts: 2, minimumSize: 1)
        #expect(ranges == [0..<12, 12..<20])
        let text = "a,b\n\"1\n2\",3\n4,5\n"
        let quoted = try dir.write("quoted.csv", text)
        #expect(
            try ChunkPlan.ranges(of: URL(fileURLWithPath: quoted), parts: 2, minimumSize: 1) == [0..<text.utf8.count])
    }

    @Test("XLSX and JSON files are not loaded into columns")
    func otherFormats() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("a.json", "[{\"x\": 1}]")
        #expect(throws: ColumnarError.self) { try ColumnarTable.load(URL(fileURLWithPath: path), as: "a") }
    }

    @Test("a query result becomes a table with the values SQLite stores in a typed TEMP table")
    func resultTable() throws {
        let result = QueryResult(
            columns: [
                .init(name: "year", type: .string), .init(name: "revenue", type: .decimal),
                .init(name: "n", type: .integer),
            ],
            rows: [[.integer(2024), .integer(10), .real(3.0)], [.text("2023"), .real(2.5), .text("7")]])
        let table = try ColumnarTable(result: result, name: "by_year")
        let out = try ColumnarSQL().run(
            "SELECT year, revenue, n, typeof(year), typeof(revenue), typeof(n) FROM by_year WHERE year = '2024'",
            tables: ["by_year": table])
        #expect(out.rows == [[.text("2024"), .real(10), .integer(3), "text", "real", "integer"]])
        #expect(out.columns.map(\.type) == [.string, .decimal, .integer, .string, .string, .string])
    }
}
