import Testing

@testable import Engine

@Suite("Running typed queries on SQLite")
struct QueryRunnerTests {
    func sales() throws -> Connection {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE sales(date DATE, region TEXT, revenue REAL, quantity INTEGER);
            INSERT INTO sales VALUES
              ('2022-12-31','North',10,1), ('2023-01-01','North',20,2), ('2023-01-02','South',5,1),
              ('2023-02-15','South',7.5,3), ('2023-04-01','North',100,10), ('2023-12-31','East',1,1),
              ('2024-12-30','East',2,1), ('2021-01-03','West',3,1);
            """)
        return db
    }

    @Test("labels time buckets 2023, 2023-Q1, 2023-01, 2023-W05 and 2023-01-15")
    func buckets() throws {
        let db = try sales()
        func labels(_ g: TimeGrain) throws -> [String] {
            let q = Query(
                table: "sales", dimensions: [Dimension("date", grain: g)], measures: [Measure(.count)],
                order: [Order("date")])
            return try QueryRunner(db).run(q).rows.compactMap { $0[0].string }
        }
        #expect(try labels(.year) == ["2021", "2022", "2023", "2024"])
        #expect(try labels(.quarter) == ["2021-Q1", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q4", "2024-Q4"])
        #expect(try labels(.month) == ["2021-01", "2022-12", "2023-01", "2023-02", "2023-04", "2023-12", "2024-12"])
        // ISO weeks (checked with Python's date.isocalendar()): 2021-01-03 is 2020-W53,
        // 2022-12-31 is 2022-W52, 2023-01-01 is 2022-W52, 2023-01-02 is 2023-W01,
        // 2023-12-31 is 2023-W52, 2024-12-30 is 2025-W01.
        #expect(
            try labels(.week) == ["2020-W53", "2022-W52", "2023-W01", "2023-W07", "2023-W13", "2023-W52", "2025-W01"])
        #expect(try labels(.day).first == "2021-01-03")
    }

    @Test("aggregates: sum, avg, median, min, max, distinct count, with result types")
    func aggregates() throws {
        let db = try sales()
        let q = Query(
            table: "sales", dimensions: [Dimension("region")],
            measures: [
                Measure(.sum, "quantity"), Measure(.avg, "revenue"), Measure(.median, "revenue"),
                Measure(.max, "date"), Measure(.countDistinct, "date"),
            ],
            order: [Order("region")])
        let r = try QueryRunner(db).run(q)
        #expect(r.columns.map(\.type) == [.string, .integer, .decimal, .decimal, .date, .integer])
        #expect(r.rows[0] == ["East", 2, 1.5, 1.5, "2024-12-30", 2])
        #expect(r.rows[1] == ["North", 13, .real(130.0 / 3), 20.0, "2023-04-01", 3])
    }

    @Test("filters on time buckets, between, contains; top-N by a measure")
    func filtersAndTopN() throws {
        let db = try sales()
        let in2023 = Query(
            table: "sales", measures: [Measure(.sum, "revenue", as: "total")],
            filters: [Filter("date", .equals, ["2023"], grain: .year)])
        #expect(try QueryRunner(db).run(in2023).rows == [[133.5]])
        let between = Query(
            table: "sales", measures: [Measure(.count)],
            filters: [Filter("date", .between, ["2023-01-01", "2023-03-31"]), Filter("region", .contains, ["SOU"])])
        #expect(try QueryRunner(db).run(between).rows == [[2]])
        let top = Query(
            table: "sales", dimensions: [Dimension("region")], measures: [Measure(.sum, "revenue")],
            order: [Order("sum_revenue", descending: true)], limit: 2)
        #expect(try QueryRunner(db).run(top).rows.map { $0[0] } == ["North", "South"])
    }

    @Test("a dimension-only query lists distinct values")
    func distinct() throws {
        let q = Query(table: "sales", dimensions: [Dimension("region")], order: [Order("region")])
        #expect(try QueryRunner(try sales()).run(q).rows.count == 4)
    }

    @Test("an unknown table is a clear error")
    func unknownTable() throws {
        let e = #expect(throws: QueryError.self) {
            try QueryRunner(try sales()).run(Query(table: "nope", measures: [Measure(.count)]))
        }
        #expect(e?.message == "unknown table \"nope\"")
    }
}
