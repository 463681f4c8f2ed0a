import Testing

@testable import Engine

@Suite("Charts straight from a table")
struct ChartQueryTests {
    func database() throws -> Connection {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE sales(day DATE, region TEXT, revenue REAL, units INTEGER);
            INSERT INTO sales VALUES ('2024-01-03','North',100,1), ('2024-01-20','South',50,2), ('2024-02-01','North',70,3),
              ('2024-02-11','North',30,4), ('2024-03-05','South',NULL,5);
            """)
        return db
    }

    @Test("category charts are grouped and aggregated in SQL")
    func grouped() throws {
        let q = ChartQuery(
            table: "sales", type: .bar,
            encoding: ChartEncoding(x: "day", y: ["revenue"], series: "region", grain: .month))
        let c = try q.chart(on: database())
        #expect(c.data.labels == ["2024-01", "2024-02", "2024-03"])
        #expect(c.data.datasets.map(\.label) == ["North", "South"])
        #expect(c.data.datasets[0].data == [100, 100, nil])
        #expect(c.data.datasets[1].data == [50, nil, nil])
    }

    @Test("averages are computed by SQL, not re-aggregated")
    func average() throws {
        let q = ChartQuery(
            table: "sales", type: .pie, encoding: ChartEncoding(x: "region", y: ["units"], aggregate: .avg))
        let c = try q.chart(on: database())
        #expect(c.data.labels == ["North", "South"])
        #expect(c.data.datasets[0].data == [.number(8.0 / 3), 3.5])
    }

    @Test("counting rows needs no measure")
    func count() throws {
        let q = ChartQuery(table: "sales", type: .bar, encoding: ChartEncoding(x: "region", aggregate: .count))
        #expect(try q.chart(on: database()).data.datasets[0].data == [3, 2])
    }

    @Test("scatter, histogram and table read raw rows")
    func raw() throws {
        let db = try database()
        let h = try ChartQuery(table: "sales", type: .histogram, encoding: ChartEncoding(y: ["units"])).chart(on: db)
        #expect(h.data.datasets[0].data == [1, 2, 3, 4, 5])
        let t = try ChartQuery(table: "sales", type: .table, encoding: ChartEncoding()).chart(on: db)
        #expect(t.data.datasets.map(\.label) == ["day", "region", "revenue", "units"])
        let capped = try ChartQuery(table: "sales", type: .scatter, encoding: ChartEncoding(x: "units", y: ["revenue"]))
            .chart(on: db, maxRows: 2)
        #expect(capped.data.datasets[0].data.count == 2)
        #expect(capped.options.note == "First 2 rows")
    }
}
