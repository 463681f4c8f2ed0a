import Testing

@testable import Engine

/// Hand-written queries covering every construct of the subset: the columnar result must equal
/// SQLite's (column names, types, values bit for bit, row order) on the fixture table.
@Suite("Columnar SQL gives SQLite's results")
struct ColumnarDifferentialTests {
    static let queries: [String] = [
        "SELECT * FROM orders",
        "SELECT id, Region, units, revenue FROM orders WHERE units > 10",
        "SELECT region, SUM(revenue) AS revenue, COUNT(*) AS orders FROM orders GROUP BY region ORDER BY revenue DESC",
        "SELECT region, SUM(revenue), SUM(units), AVG(revenue), AVG(units), TOTAL(units), MIN(revenue), MAX(units) FROM orders GROUP BY 1",
        "SELECT category, product, SUM(units) AS units, SUM(revenue) AS revenue, SUM(revenue) / SUM(units) AS average_price FROM orders GROUP BY category, product ORDER BY revenue DESC",
        "SELECT substr(order_date, 1, 7) AS month, SUM(revenue) AS revenue, COUNT(*) AS orders FROM orders GROUP BY month ORDER BY month",
        "SELECT substr(order_date, 1, 4) AS year, SUM(revenue) AS revenue FROM orders GROUP BY year ORDER BY year",
        "SELECT SUM(revenue) AS revenue, COUNT(*) AS orders, SUM(revenue) / COUNT(*) AS average_order FROM orders",
        "SELECT region, SUM(revenue) AS revenue, COUNT(*) AS orders, SUM(revenue) / (SELECT SUM(revenue) FROM orders) AS share FROM orders GROUP BY region ORDER BY revenue DESC",
        "SELECT DISTINCT region FROM orders ORDER BY region",
        "SELECT DISTINCT region FROM orders",
        "SELECT DISTINCT category, priority FROM orders ORDER BY priority DESC",
        "SELECT region, COUNT(*) c FROM orders GROUP BY region ORDER BY c DESC",
        "SELECT region, category, COUNT(*) FROM orders GROUP BY region, category ORDER BY 3 DESC",
        "SELECT score, COUNT(*) AS n FROM orders GROUP BY score ORDER BY n",
        "SELECT score, COUNT(*) AS n FROM orders GROUP BY score ORDER BY score DESC",
        "SELECT priority, COUNT(*), COUNT(units), COUNT(DISTINCT units), COUNT(DISTINCT region) FROM orders GROUP BY priority",
        "SELECT COUNT(DISTINCT units), COUNT(DISTINCT region), COUNT(DISTINCT revenue), COUNT(DISTINCT order_date), COUNT(DISTINCT shipped_at), COUNT(DISTINCT discount), COUNT(DISTINCT code), COUNT(DISTINCT priority) FROM orders",
        "SELECT COUNT(DISTINCT units), COUNT(DISTINCT product), COUNT(DISTINCT revenue) FROM orders WHERE units > 10",
        "SELECT MIN(units), MAX(units), MIN(revenue), MAX(revenue), MIN(region), MAX(region), MIN(order_date), MAX(order_date), MIN(shipped_at), MAX(shipped_at), MIN(discount), MAX(discount), MIN(code), MAX(code) FROM orders",
        "SELECT MIN(product), MAX(product), MIN(revenue), MAX(units) FROM orders WHERE units > 10",
        "SELECT code, COUNT(*) FROM orders WHERE code = 42 GROUP BY code",
        "SELECT code, COUNT(*) FROM orders WHERE code = '0042' OR code = 7 GROUP BY code",
        "SELECT COUNT(*) FROM orders WHERE units = '5'",
        "SELECT COUNT(*) FROM orders WHERE units = ' 5 '",
        "SELECT COUNT(*) FROM orders WHERE revenue > '100'",
        "SELECT COUNT(*) FROM orders WHERE score IN ('1', 3)",
        "SELECT id FROM orders WHERE units BETWEEN 3 AND 5 AND revenue NOT BETWEEN 0 AND 500 ORDER BY id DESC LIMIT 7",
        "SELECT id, units FROM orders WHERE units IS NULL LIMIT 5",
        "SELECT id, revenue FROM orders WHERE revenue IS NOT NULL AND NOT (revenue < 100) LIMIT 10 OFFSET 3",
        "SELECT id, units FROM orders ORDER BY units DESC LIMIT 20",
        "SELECT id, units FROM orders ORDER BY units",
        "SELECT id, units, revenue FROM orders ORDER BY units DESC, revenue LIMIT 50",
        "SELECT product, COUNT(*) FROM orders WHERE product LIKE '%a%' GROUP BY product",
        "SELECT product, COUNT(*) FROM orders WHERE product NOT LIKE 'h_mmer' GROUP BY product",
        "SELECT lower(region) AS r, upper(category), length(product), COUNT(*) FROM orders GROUP BY r, category, product ORDER BY r, 2",
        "SELECT units / 3, units % 4, units * 2 - 1, -units, units + revenue, revenue / 0, units / 0 FROM orders LIMIT 40",
        "SELECT abs(units), abs(revenue), round(revenue), coalesce(units, revenue, -1), ifnull(region, 'none'), typeof(revenue) FROM orders LIMIT 40",
        "SELECT CASE WHEN units > 20 THEN 'big' WHEN units > 5 THEN 'mid' ELSE 'small' END AS size, COUNT(*) FROM orders GROUP BY size",
        "SELECT CASE priority WHEN 1 THEN 'urgent' WHEN 0 THEN 'later' END AS p, SUM(units) FROM orders GROUP BY p ORDER BY p DESC",
        "SELECT CAST(units AS TEXT) || '-' || category AS label, CAST(code AS INTEGER) AS c, CAST(units AS REAL) FROM orders LIMIT 30",
        "SELECT substr(product, 2), substr(product, -3, 2), substr(product, 0, 3), substr(region, 2, -1) FROM orders LIMIT 60",
        "SELECT region, SUM(units) AS u FROM orders GROUP BY region HAVING SUM(units) > 1000 ORDER BY u",
        "SELECT region, COUNT(*) AS n FROM orders GROUP BY region HAVING n > 400",
        "SELECT category, MIN(order_date), MAX(order_date), MIN(shipped_at), MAX(region), MIN(priority) FROM orders GROUP BY category",
        "SELECT order_date, COUNT(*) FROM orders GROUP BY order_date ORDER BY 2 DESC, 1 LIMIT 10",
        "SELECT priority, SUM(priority), AVG(priority) FROM orders GROUP BY priority",
        "SELECT COUNT(*), SUM(units), MIN(units), MAX(revenue), AVG(discount) FROM orders WHERE region = 'nowhere'",
        "SELECT region FROM orders WHERE region = 'North' AND units >= 40",
        "SELECT o.region, o.units FROM orders AS o WHERE o.units < 0 ORDER BY o.id LIMIT 10",
        "SELECT region, SUM(revenue) FROM orders WHERE order_date >= '2024-01-01' AND order_date < '2024-07-01' GROUP BY region",
        "SELECT shipped_at, units FROM orders WHERE shipped_at IS NOT NULL ORDER BY shipped_at DESC LIMIT 15",
        "SELECT units IS NULL, units IS 5, units IS NOT 5, units = NULL, NULL IS NULL FROM orders LIMIT 12",
        "SELECT region, (SELECT MAX(units) FROM orders) AS top, (SELECT region FROM orders LIMIT 1) AS first FROM orders LIMIT 3",
        "SELECT COUNT(*) FROM orders WHERE region IN ('North', 'north', NULL)",
        "SELECT COUNT(*) FROM orders WHERE region NOT IN ('North', 'South')",
        "SELECT COUNT(*) FROM orders WHERE region NOT IN ('North', NULL)",
        "SELECT discount, COUNT(*) FROM orders GROUP BY discount ORDER BY discount DESC",
        "SELECT discount * 2 AS d2, SUM(units) FROM orders GROUP BY d2",
        "SELECT units > 5 AND revenue < 100, units > 5 OR revenue < 100 FROM orders LIMIT 50",
        "SELECT region || '/' || category AS rc, COUNT(*) FROM orders GROUP BY rc ORDER BY rc DESC LIMIT 8",
        "SELECT id FROM orders ORDER BY region, id DESC LIMIT 25",
        "SELECT Region, SUM(units) FROM orders GROUP BY REGION",
        "SELECT score + 0 AS s, COUNT(*) FROM orders GROUP BY s ORDER BY s",
        "SELECT revenue FROM orders WHERE revenue = 1000",
    ]

    @Test("every hand-written query", arguments: queries)
    func query(_ sql: String) throws {
        try ColumnarFixture.shared.get().expectSame(sql)
    }

    @Test("parameters bound as text, as the generator binds them")
    func parameters() throws {
        let fixture = try ColumnarFixture.shared.get()
        let cases: [(String, [String: SQLValue])] = [
            (
                "SELECT category, SUM(revenue) AS revenue FROM orders WHERE substr(order_date, 1, 4) = :year GROUP BY category ORDER BY revenue DESC",
                ["year": "2024"]
            ),
            (
                "SELECT SUM(revenue) AS revenue, COUNT(*) AS orders FROM orders WHERE Region = :region",
                ["region": "Süd"]
            ),
            ("SELECT COUNT(*) FROM orders WHERE units = :n", ["n": "7"]),
            ("SELECT COUNT(*) FROM orders WHERE score = :n", ["n": "10"]),
            ("SELECT COUNT(*) FROM orders WHERE code = :c", ["c": "42"]),
            ("SELECT COUNT(*) FROM orders WHERE revenue > :r", ["r": "500.5"]),
        ]
        for (sql, parameters) in cases { try fixture.expectSame(sql, parameters) }
    }
}
