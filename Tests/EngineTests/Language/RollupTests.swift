import Testing

@testable import Engine

@Suite("Month-grain pre-aggregates")
struct RollupTests {
    /// 20,000 rows over two years, 4 regions, 5 categories: a rollup of at most 480 rows.
    func database() throws -> Connection {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE sales(date DATE, region TEXT, category TEXT, revenue REAL, units INTEGER, price REAL);
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
            INSERT INTO sales SELECT date('2022-01-01', '+' || (i * 7 % 730) || ' days'),
              CASE i % 4 WHEN 0 THEN 'North' WHEN 1 THEN 'South' WHEN 2 THEN 'East' ELSE 'West' END,
              CASE i % 5 WHEN 0 THEN 'Toys' WHEN 1 THEN 'Books' WHEN 2 THEN 'Garden' WHEN 3 THEN 'Food' ELSE 'Tools' END,
              CASE WHEN i % 97 = 0 THEN NULL ELSE (i * 37 % 1000) / 10.0 END, i % 9, (i * 13 % 500) / 7.0
            FROM n;
            """)
        return db
    }

    @Test("answers from the rollup equal answers from the table")
    func equivalence() throws {
        let db = try database()
        let plain = try Asker(connection: db, tables: ["sales"], rollupThreshold: nil)
        let rolled = try Asker(connection: db, tables: ["sales"], rollupThreshold: 10)
        let rollup = try #require(rolled.rollups["sales"])
        let questions = [
            "revenue by month", "average revenue by quarter in 2022", "total units by region",
            "average price by category",
            "number of rows by year", "max revenue by region in 2023", "min price by month for Toys",
            "revenue by region and year", "share of revenue by category", "top 2 regions by units",
            "which category had the highest total revenue", "yearly growth of revenue", "how many categories",
            "average revenue", "revenue from March 2022 to June 2022 by month", "count of revenue by category",
            "which region had the highest average revenue", "bottom 3 categories by average price",
        ]
        for q in questions {
            let plan = try rolled.plan(q)
            if rollup.rewrite(plan.query) == nil { Issue.record("\(q) should be served by the rollup") }
            let a = try plain.ask(q), b = try rolled.ask(q)
            #expect(a.chart.data.labels == b.chart.data.labels, "\(q)")
            #expect(a.sql == b.sql, "\(q)")
            for (x, y) in zip(a.chart.data.datasets, b.chart.data.datasets) {
                let same = zip(x.numbers, y.numbers).allSatisfy { u, v in
                    guard let u, let v else { return u == nil && v == nil }
                    return abs(u - v) <= 1e-9 * max(1, abs(u))
                }
                #expect(same, "\(q): \(x.data) vs \(y.data)")
            }
        }
    }

    @Test("questions the rollup cannot serve exactly go to the table")
    func fallback() throws {
        let rolled = try Asker(connection: try database(), tables: ["sales"], rollupThreshold: 10)
        let rollup = try #require(rolled.rollups["sales"])
        for q in [
            "revenue by week", "median revenue by region", "revenue where price above 20",
            "revenue in the last 10 days", "distinct count of units",
        ] {
            #expect(rollup.rewrite(try rolled.plan(q).query) == nil, "\(q)")
        }
    }

    @Test("small tables get no rollup")
    func small() throws {
        #expect(try Asker(connection: try database(), tables: ["sales"]).rollups.isEmpty)
    }
}
