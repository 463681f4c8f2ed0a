import Testing

@testable import Engine

/// SQLite built-ins the engine has no Swift version of, computed by SQLite once per distinct value
/// of a text column, once per group or once for constants: results equal SQLite's running the
/// whole query.
@Suite("Columnar SQL computes SQLite functions per distinct value")
struct ColumnarSQLiteFunctionTests {
    static let queries: [String] = [
        "SELECT strftime('%Y-%m', order_date) AS m, SUM(revenue) FROM orders GROUP BY m ORDER BY m",
        "SELECT strftime('%Y-%m', order_date) AS m, SUM(units) AS u FROM orders GROUP BY m HAVING SUM(units) > 100 ORDER BY u DESC",
        "SELECT date(order_date, 'start of month') AS m, COUNT(*) FROM orders GROUP BY 1 ORDER BY 1 DESC",
        "SELECT strftime('%w', order_date) AS weekday, AVG(revenue) FROM orders GROUP BY weekday ORDER BY weekday",
        "SELECT datetime(shipped_at, '+1 day'), julianday(shipped_at), time(shipped_at), unixepoch(shipped_at) FROM orders LIMIT 40",
        "SELECT date(region), strftime('%Y', product), julianday(code), date(shipped_at, 'bogus') FROM orders LIMIT 20",
        "SELECT COUNT(*), SUM(revenue) FROM orders WHERE strftime('%m', order_date) IN ('01', '02', '03')",
        "SELECT region, COUNT(*) FROM orders WHERE date(shipped_at) > '2024-03-01' AND units > 2 GROUP BY region ORDER BY region",
        "SELECT id, order_date FROM orders ORDER BY strftime('%d', order_date) DESC, id LIMIT 30",
        "SELECT replace(region, 'o', '0') AS r, COUNT(*) FROM orders GROUP BY r ORDER BY r",
        "SELECT instr(product, 'a'), ltrim(product, 'SB'), rtrim(product, 'el'), trim(region, 'hS'), hex(region), quote(code) FROM orders LIMIT 50",
        "SELECT printf('%.2f', code) AS c, printf('%5s|%-4s', region, region), format('%d', code) FROM orders LIMIT 50",
        "SELECT nullif(region, 'North'), iif(category = 'Toys', 'T', 'other'), max(region, 'N'), min(product, 'M'), unicode(product), char(65, 66) FROM orders LIMIT 50",
        "SELECT round(code, 1), round(code, 2), round('2.345', 2), substr(replace(order_date, '-', ''), 1, 6) AS ym FROM orders LIMIT 50",
        "SELECT substr(replace(order_date, '-', ''), 1, 6) AS ym, SUM(revenue) FROM orders GROUP BY ym ORDER BY ym DESC",
        "SELECT category, SUM(revenue) FROM orders WHERE strftime('%Y', order_date) = '2024' GROUP BY category HAVING COUNT(*) > printf('%d', 10) ORDER BY 2",
        "SELECT DISTINCT strftime('%Y', order_date) FROM orders",
        "SELECT SUM(CAST(strftime('%m', order_date) AS INTEGER)), MAX(length(replace(product, 'a', ''))) FROM orders",
        "SELECT upper(strftime('%Y-%m', order_date)) AS m, COUNT(*) FROM orders GROUP BY m ORDER BY m",
        "SELECT strftime('%Y', order_date) AS y, region, COUNT(*) FROM orders GROUP BY y, region ORDER BY y, region",
        // Per group: SQLite computes the call once per group from the aggregates and group keys.
        "SELECT region, round(AVG(revenue), 2) AS a, round(SUM(revenue) / COUNT(*), 1) FROM orders GROUP BY region ORDER BY a DESC",
        "SELECT printf('%.2f', SUM(revenue)) AS s, printf('%s: %d', region, COUNT(*)) FROM orders GROUP BY region",
        "SELECT category, round(AVG(units), 1) AS u FROM orders GROUP BY category HAVING round(AVG(units), 1) > 2 ORDER BY round(AVG(units), 1), category",
        "SELECT replace(region, 'o', '0'), COUNT(*) FROM orders GROUP BY region ORDER BY 1",
        "SELECT round(AVG(revenue), 3), printf('%.1f', MAX(revenue)), nullif(COUNT(*), 0) FROM orders WHERE units > 1",
        "SELECT strftime('%Y', order_date) AS y, round(SUM(revenue), -1), iif(SUM(units) > 50, 'many', 'few') FROM orders GROUP BY y ORDER BY y",
    ]

    @Test("every query", arguments: queries)
    func query(_ sql: String) throws {
        try ColumnarFixture.shared.get().expectSame(sql)
    }

    @Test("parameters compare with the function's value")
    func parameters() throws {
        let fixture = try ColumnarFixture.shared.get()
        let cases: [(String, [String: SQLValue])] = [
            (
                "SELECT COUNT(*), SUM(revenue) FROM orders WHERE date(order_date, 'start of month') = :p",
                ["p": "2024-03-01"]
            ),
            (
                "SELECT region, COUNT(*) FROM orders WHERE strftime('%Y', order_date) = :y GROUP BY region",
                ["y": "2023"]
            ),
            ("SELECT strftime(:f, order_date) AS k, COUNT(*) FROM orders GROUP BY k ORDER BY k", ["f": "%Y/%m"]),
        ]
        for (sql, parameters) in cases { try fixture.expectSame(sql, parameters) }
    }

    @Test("constant arguments are folded once to SQLite's value")
    func constants() throws {
        let fixture = try ColumnarFixture.shared.get()
        let result = try fixture.actual(
            "SELECT strftime('%Y-%m', '2024-02-29'), printf('%.3f', 2), replace('a-b', '-', '+'), date('x') FROM orders LIMIT 1"
        ).get()
        #expect(result.rows == [[.text("2024-02"), .text("2.000"), .text("a+b"), .null]])
    }

    @Test("text with a NUL character is left to SQLite, which would see the whole value")
    func nulText() throws {
        let runner = SQLiteFunctionRunner()
        #expect(try runner.call("replace", [.text("a-b"), .text("-"), .text("+")]) == .text("a+b"))
        #expect {
            _ = try runner.call("replace", [.text("a\u{0}-b"), .text("-"), .text("+")])
        } throws: { error in
            (error as? ColumnarError)?.kind == .notSupported
        }
    }

    @Test(
        "per-row and non-deterministic calls are left to SQLite",
        arguments: [
            "SELECT strftime('%Y', units) FROM orders",
            "SELECT region, COUNT(*) FROM orders WHERE julianday(revenue) > 2 GROUP BY region",
            "SELECT round(revenue, 2) FROM orders",
            "SELECT replace(region || category, 'a', 'b') FROM orders",
            "SELECT date('now') FROM orders",
            "SELECT COUNT(*) FROM orders WHERE order_date < date('NOW', '-1 day')",
            "SELECT strftime('%Y', 'now', 'start of year') FROM orders",
            "SELECT random() FROM orders",
            "SELECT date(), region FROM orders",
            "SELECT strftime('%Y') AS y, COUNT(*) FROM orders GROUP BY y",
            "SELECT region FROM orders WHERE order_date < datetime()",
            "SELECT changes() FROM orders",
            "SELECT printf('%s', region, units) FROM orders",
            "SELECT printf('%5s|%-4s', region, category) FROM orders",
            "SELECT region FROM orders WHERE max(region, category) > 'M'",
        ])
    func unsupported(_ sql: String) throws {
        try ColumnarFixture.shared.get().expectUnsupported(sql)
    }
}
