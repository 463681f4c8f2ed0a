/// Builds random queries over the fixture table `orders` from the supported constructs, from a
/// seed (SplitMix64), so a failure can be replayed.
struct RandomQueryGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    private mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }

    static let keys = [
        "region", "category", "product", "substr(order_date, 1, 7)", "substr(order_date, 1, 4)", "lower(region)",
        "units", "priority", "score", "code", "discount", "CASE WHEN units > 10 THEN 'many' ELSE 'few' END",
        "coalesce(region, 'none')", "length(product)", "units % 3", "substr(shipped_at, 12, 2)",
        "strftime('%Y-%m', order_date)", "date(shipped_at, 'start of month')", "replace(category, 'o', '')",
        "printf('%.1f', code)",
    ]
    static let numbers = [
        "revenue", "units", "discount", "revenue * units", "units / 3", "units % 4", "revenue - discount",
        "abs(units)", "round(revenue)", "units + 0.5", "score", "priority", "CAST(code AS INTEGER)", "-revenue",
    ]
    static let predicates = [
        "region = 'North'", "units > 3", "revenue BETWEEN 10 AND 500", "region IN ('North', 'south', 'Süd')",
        "product LIKE '%a%'", "order_date >= '2024-01-01'", "units IS NULL", "NOT (units < 2)", "priority = 1",
        "code = 42", "units = '5'", "revenue > 100 OR units < 0", "shipped_at IS NOT NULL",
        "substr(order_date, 6, 2) IN ('01', '02', '03')", "score <> 2", "discount < 0.5", "region <> ''",
        "lower(product) LIKE 's%'", "units * revenue > 1000", "category = 'Toys' AND units >= 20",
        "strftime('%m', order_date) = '03'", "date(shipped_at) < '2024-02-01'", "instr(product, 'e') > 1",
    ]
    static let aggregates = ["SUM", "AVG", "MIN", "MAX", "TOTAL", "COUNT"]

    /// One random query.
    mutating func query() -> String {
        chance(70) ? grouped() : rows()
    }

    private mutating func grouped() -> String {
        let keyCount = chance(25) ? 2 : (chance(15) ? 0 : 1)
        var keys: [String] = []
        while keys.count < keyCount {
            let k = pick(Self.keys)
            if !keys.contains(k) { keys.append(k) }
        }
        var select = keys.enumerated().map { "\($1) AS k\($0)" }
        let measures = 1 + Int(next() % 3)
        for m in 0..<measures {
            let agg = pick(Self.aggregates)
            let arg = chance(15) && agg == "COUNT" ? "DISTINCT \(pick(Self.numbers))" : pick(Self.numbers)
            select.append("\(agg)(\(arg)) AS m\(m)")
        }
        if chance(30) { select.append("COUNT(*) AS n") }
        if chance(15), measures > 0 { select.append("SUM(units) / COUNT(*) AS ratio") }
        var sql = "SELECT \(select.joined(separator: ", ")) FROM orders"
        if chance(50) { sql += " WHERE \(pick(Self.predicates))" }
        if !keys.isEmpty {
            sql += " GROUP BY " + keys.indices.map { chance(50) ? "k\($0)" : "\($0 + 1)" }.joined(separator: ", ")
            if chance(15) { sql += " HAVING COUNT(*) > \(next() % 40)" }
            if chance(70) {
                var terms: [String] = []
                for _ in 0..<(chance(70) ? 1 : 2) {
                    let target = chance(50) ? "m0" : (chance(50) ? "k0" : "\(1 + Int(next() % UInt64(select.count)))")
                    terms.append(target + (chance(50) ? " DESC" : ""))
                }
                sql += " ORDER BY " + terms.joined(separator: ", ")
            }
            if chance(30) { sql += " LIMIT \(1 + next() % 12)" }
        }
        return sql
    }

    private mutating func rows() -> String {
        var columns: [String] = []
        for _ in 0..<(1 + Int(next() % 3)) { columns.append(chance(50) ? pick(Self.keys) : pick(Self.numbers)) }
        var sql = "SELECT \(chance(25) ? "DISTINCT " : "")\(columns.joined(separator: ", ")) FROM orders"
        if chance(70) { sql += " WHERE \(pick(Self.predicates))" }
        if chance(80) {
            sql += " ORDER BY \(chance(50) ? "1" : pick(Self.numbers))\(chance(50) ? " DESC" : "")"
            if chance(30) { sql += ", id" }
        }
        if chance(60) { sql += " LIMIT \(1 + next() % 60)" + (chance(30) ? " OFFSET \(next() % 20)" : "") }
        return sql
    }
}
