import Testing

@testable import Engine

@Suite("Building charts from query results")
struct ChartBuilderTests {
    let sales = QueryResult(
        columns: [
            .init(name: "day", type: .date), .init(name: "region", type: .string),
            .init(name: "revenue", type: .decimal),
            .init(name: "units", type: .integer),
        ],
        rows: [
            ["2024-01-03", "North", 100, 1], ["2024-01-20", "South", 50, 2], ["2024-02-01", "North", 70, 3],
            ["2024-02-11", "North", 30, 4], ["2024-03-05", "South", nil, 5], ["2023-12-31", "South", 10, 6],
        ])

    @Test("buckets days to months, sums repeats and orders time chronologically")
    func grain() throws {
        let c = try ChartBuilder.build(
            sales, type: .line, encoding: ChartEncoding(x: "day", y: ["revenue"], grain: .month))
        #expect(c.data.labels == ["2023-12", "2024-01", "2024-02", "2024-03"])
        #expect(c.data.datasets.map(\.label) == ["revenue"])
        #expect(c.data.datasets[0].data == [10, 150, 100, nil])
        #expect(c.options.xTitle == "day" && c.options.yTitle == "revenue")
    }

    @Test("splits by a series column and averages with avg")
    func series() throws {
        let c = try ChartBuilder.build(
            sales, type: .bar,
            encoding: ChartEncoding(x: "day", y: ["revenue"], series: "region", aggregate: .avg, grain: .year))
        #expect(c.data.labels == ["2023", "2024"])
        #expect(c.data.datasets.map(\.label) == ["North", "South"])
        #expect(c.data.datasets[0].data == [nil, .number(200.0 / 3)])
        #expect(c.data.datasets[1].data == [10, 50])
    }

    @Test("several measures become several datasets; count and median aggregate")
    func measures() throws {
        let c = try ChartBuilder.build(
            sales, type: .bar, encoding: ChartEncoding(x: "region", y: ["revenue", "units"], aggregate: .median))
        #expect(c.data.labels == ["North", "South"])
        #expect(c.data.datasets[0].data == [70, 30])
        #expect(c.data.datasets[1].data == [3, 5])
        let n = try ChartBuilder.build(
            sales, type: .bar, encoding: ChartEncoding(x: "region", y: ["revenue"], aggregate: .count))
        #expect(n.data.datasets[0].data == [3, 2])
    }

    @Test("sorts by value and limits with a note")
    func sortLimit() throws {
        let c = try ChartBuilder.build(
            sales, type: .bar, encoding: ChartEncoding(x: "day", y: ["revenue"], sort: .descending, limit: 2))
        #expect(c.data.labels == ["2024-01-03", "2024-02-01"])
        #expect(c.options.note == "Showing 2 of 6 categories")
    }

    @Test("scatter and bubble points, coloured by category")
    func points() throws {
        let c = try ChartBuilder.build(
            sales, type: .bubble, encoding: ChartEncoding(x: "units", y: ["revenue"], size: "units", color: "region"))
        #expect(c.data.datasets.map(\.label) == ["North", "South"])
        #expect(
            c.data.datasets[1].data == [.point(ChartPoint(x: 2, y: 50, r: 2)), .point(ChartPoint(x: 6, y: 10, r: 6))])
    }

    @Test("a KPI compares the last bucket with the one before and keeps a sparkline")
    func kpi() throws {
        let c = try ChartBuilder.build(
            sales, type: .kpi, encoding: ChartEncoding(x: "day", y: ["revenue"], grain: .month))
        #expect(c.data.datasets[0].data == [.null])  // March has no revenue
        #expect(c.data.datasets[1].role == .comparison && c.data.datasets[1].data == [100])
        #expect(c.data.datasets[2].role == .sparkline && c.data.datasets[2].data == [10, 150, 100, nil])
        let total = try ChartBuilder.build(sales, type: .kpi, encoding: ChartEncoding(y: ["revenue"]))
        #expect(total.data.datasets[0].data == [260])
    }

    @Test("combo puts the first measure in bars and the rest on the secondary axis")
    func combo() throws {
        let c = try ChartBuilder.build(
            sales, type: .combo, encoding: ChartEncoding(x: "region", y: ["revenue", "units"]))
        #expect(c.data.datasets.map(\.type) == [.bar, .line])
        #expect(c.data.datasets.map(\.axis) == [nil, "y2"])
    }

    @Test("tables keep rows and text cells")
    func table() throws {
        let c = try ChartBuilder.build(
            sales, type: .table, encoding: ChartEncoding(x: "day", y: ["region", "revenue"], limit: 2))
        #expect(c.data.labels == ["2024-01-03", "2024-01-20"])
        #expect(c.data.datasets[0].data == ["North", "South"])
        #expect(c.options.note == "First 2 of 6 rows")
    }

    @Test("unknown and non-numeric columns give clear errors")
    func errors() {
        #expect(throws: ChartError.unknownColumn("revnue", available: ["day", "region", "revenue", "units"])) {
            try ChartBuilder.build(sales, type: .bar, encoding: ChartEncoding(x: "day", y: ["revnue"]))
        }
        #expect(throws: ChartError.notNumeric("region")) {
            try ChartBuilder.build(sales, type: .bar, encoding: ChartEncoding(x: "day", y: ["region"]))
        }
        #expect(
            ChartError.unknownColumn("a", available: ["b"]).description
                == "There is no column \"a\"; the columns are \"b\".")
    }
}
