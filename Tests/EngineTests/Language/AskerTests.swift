import Testing

@testable import Engine

@Suite("Asking questions of a sales table")
struct AskerTests {
    func asker() throws -> Asker {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE sales(date DATE, region TEXT, product_category TEXT, revenue REAL, units INTEGER);
            INSERT INTO sales VALUES
              ('2023-01-10','North','Office Supplies',100,1), ('2023-02-11','South','Toys',200,2),
              ('2023-03-12','North','Toys',300,3), ('2023-04-13','East','Office Supplies',400,4),
              ('2023-05-14','South','Toys',500,5), ('2023-06-15','North','Toys',600,6),
              ('2024-01-10','East','Office Supplies',50,1), ('2024-02-11','North','Toys',70,2);
            """)
        return try Asker(connection: db, tables: ["sales"])
    }

    @Test("'sales by month in 2023' is the sum of revenue per month with the year as a bound range")
    func byMonth() throws {
        let a = try asker().ask("Show me sales by month in 2023")
        #expect(a.chart.type == .line)
        #expect(a.chart.data.labels == ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"])
        #expect(a.chart.data.datasets[0].data == [100, 200, 300, 400, 500, 600])
        #expect(a.bindings == [.text("2023-01-01"), .text("2024-01-01")])
        #expect(!a.sql.contains("2023"))
        #expect(a.interpretation == "Sum of revenue by month, 2023")
        let trend = try #require(a.insights.first { $0.kind == "trend" })
        #expect(trend.values.first { $0.0 == "slope" }?.1 == 100)
        #expect(a.insights.contains { $0.kind == "peak" && $0.text.contains("2023-06") })
    }

    @Test("values in the question become filters; multi-word values and plurals match")
    func values() throws {
        let a = try asker().ask("total units for office supplies in the North")
        #expect(a.chart.type == .kpi)
        #expect(a.chart.data.labels == ["Sum of units"])
        #expect(a.chart.data.datasets[0].data == [1])
    }

    @Test("relative dates count back from the data's own last date")
    func relative() throws {
        let a = try asker().ask("revenue by month for the last 3 months")
        // 2023-12 to 2024-02; December has no rows.
        #expect(a.chart.data.labels == ["2024-01", "2024-02"])
        #expect(a.bindings == [.text("2023-12-01"), .text("2024-03-01")])
        #expect(a.chart.data.datasets[0].data == [50, 70])
    }

    @Test("argmax, top N, share and growth")
    func shapes() throws {
        let s = try asker()
        let best = try s.ask("which region had the highest revenue")
        #expect(best.chart.data.labels == ["North"])
        #expect(best.chart.data.datasets[0].data == [1070])
        let top = try s.ask("bottom 2 regions by units")
        #expect(top.chart.data.labels == ["East", "South"])
        let share = try s.ask("share of revenue by region")
        #expect(share.chart.type == .pie)
        let total = share.chart.data.datasets[0].data.compactMap(\.number).reduce(0, +)
        #expect(abs(total - 100) < 1e-9)
        let growth = try s.ask("year over year growth of revenue")
        #expect(growth.chart.data.labels == ["2024"])
        #expect(growth.chart.data.datasets[0].data == [-94.285714285714285])
    }

    @Test("two dimensions give one dataset per series value")
    func multiSeries() throws {
        let a = try asker().ask("revenue by region and product category")
        #expect(a.chart.data.datasets.map(\.label) == ["Office Supplies", "Toys"])
        #expect(a.chart.data.labels.count == 3)
    }

    @Test("flag columns filter: 'for smokers', 'non smokers'; 'A vs B' is a scatter of y against x")
    func flagsAndScatter() throws {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE tips(total_bill REAL, tip REAL, smoker TEXT);
            INSERT INTO tips VALUES (10, 1, 'Yes'), (20, 3, 'No'), (30, 6, 'No');
            """)
        let s = try Asker(connection: db, tables: ["tips"])
        #expect(try s.ask("how many smokers").chart.data.datasets[0].data == [1])
        #expect(try s.ask("average tip for non smokers").chart.data.datasets[0].data == [4.5])
        let scatter = try s.ask("tip vs total bill")
        #expect(scatter.chart.type == .scatter)
        #expect(
            scatter.chart.data.datasets[0].data == [
                .point(ChartPoint(x: 10, y: 1)), .point(ChartPoint(x: 20, y: 3)), .point(ChartPoint(x: 30, y: 6)),
            ])
        #expect(scatter.interpretation == "Tip against total bill")
    }

    @Test("with several tables, the question goes to the table whose columns and values it names")
    func severalTables() throws {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE sales(date DATE, region TEXT, revenue REAL);
            CREATE TABLE weather(date DATE, precipitation REAL, weather TEXT);
            INSERT INTO sales VALUES ('2023-01-01','North',10), ('2023-02-01','South',20);
            INSERT INTO weather VALUES ('2023-01-01',1.5,'rain'), ('2023-01-02',2.5,'rain'), ('2023-01-03',0,'sun');
            """)
        let s = try Asker(connection: db, tables: ["sales", "weather"])
        let a = try s.ask("total precipitation by weather")
        #expect(a.sql.contains("\"weather\""))
        #expect(Set(a.chart.data.labels) == ["rain", "sun"])
        #expect(try s.ask("revenue for North").chart.data.datasets[0].data == [10])
    }

    @Test("explicit chart requests win over the automatic choice")
    func explicit() throws {
        #expect(try asker().ask("revenue by region as a pie chart").chart.type == .pie)
    }

    @Test("refuses unknown words, ambiguous columns and empty questions with suggestions")
    func refusals() throws {
        let s = try asker()
        let e = #expect(throws: LanguageError.self) { try s.ask("average salary by department") }
        #expect(e?.message.contains("salary") == true)
        #expect(e?.suggestions.contains("revenue") == true)
        #expect(throws: LanguageError.self) { try s.ask("   ") }
        #expect(throws: LanguageError.self) { try s.ask("the") }
    }

    @Test("typos within the allowance are forgiven")
    func typos() throws {
        let a = try asker().ask("totl revnue by regoin")
        #expect(Set(a.chart.data.labels) == ["North", "South", "East"])
    }

    @Test("the same question gives byte-identical json every time")
    func deterministic() throws {
        let s = try asker()
        #expect(try s.ask("revenue by region").json == (try s.ask("revenue by region").json))
    }
}

@Suite("Insights of an answer")
struct InsightTests {
    @Test("a trend carries the OLS slope and p-value (scipy.stats.linregress values)")
    func trend() throws {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE m(date DATE, v REAL);
            INSERT INTO m VALUES ('2020-01-01',2.0),('2020-02-01',2.5),('2020-03-01',3.9),('2020-04-01',4.1),
              ('2020-05-01',6.2),('2020-06-01',5.8);
            """)
        let a = try Asker(connection: db, tables: ["m"]).ask("v by month")
        let trend = try #require(a.insights.first { $0.kind == "trend" })
        let values = Dictionary(uniqueKeysWithValues: trend.values)
        #expect(abs((values["slope"] ?? 0) - 0.8657142857142855) < 1e-12)
        #expect(abs((values["p_value"] ?? 0) - 0.0026819249552452436) < 1e-9)
        #expect(trend.text.contains("significant upward trend"))
        let growth = try #require(a.insights.first { $0.kind == "growth" })
        #expect(Dictionary(uniqueKeysWithValues: growth.values)["change_percent"] == 190)
        #expect(a.insights.contains { $0.kind == "peak" && $0.text.contains("2020-05") })
        #expect(a.insights.contains { $0.kind == "change" && $0.text.contains("2020-04 to 2020-05") })
    }
}
