import Testing

@testable import Engine

/// SQL outside the subset is reported as not supported (the caller then runs SQLite), never
/// answered wrongly.
@Suite("Columnar SQL outside the subset")
struct ColumnarUnsupportedTests {
    @Test(
        "is reported as not supported",
        arguments: [
            "SELECT a.region FROM orders a JOIN orders b ON a.id = b.id",
            "WITH x AS (SELECT 1) SELECT * FROM x",
            "SELECT region FROM orders UNION SELECT category FROM orders",
            "SELECT region, units FROM orders GROUP BY region",
            "SELECT group_concat(region) FROM orders",
            "SELECT strftime('%Y', revenue) FROM orders",
            "SELECT * FROM (SELECT region FROM orders)",
            "SELECT region FROM orders WHERE id IN (SELECT id FROM orders)",
            "SELECT round(revenue, 2) FROM orders",
            "SELECT revenue || 'x' FROM orders WHERE revenue IS NOT NULL",
            "SELECT region FROM orders ORDER BY region COLLATE NOCASE",
            "SELECT SUM(DISTINCT units) FROM orders",
            "SELECT region FROM other_table",
            "SELECT (SELECT region FROM orders o2 WHERE o2.id = orders.id) FROM orders",
            "SELECT region FROM orders WHERE region = :missing",
            "SELECT 1",
        ])
    func unsupported(_ sql: String) throws {
        try ColumnarFixture.shared.get().expectUnsupported(sql)
    }

    @Test(
        "SQL errors are errors, not results", arguments: ["SELEC x", "SELECT FROM orders", "SELECT 'abc FROM orders"])
    func invalid(_ sql: String) throws {
        let fixture = try ColumnarFixture.shared.get()
        #expect(throws: ColumnarError.self) { _ = try fixture.actual(sql).get() }
    }
}
