import Testing

@testable import Engine

@Suite("The query model compiled for PostgreSQL and ClickHouse")
struct WarehouseDialectTests {
    let columns = ["date", "region", "revenue"]

    var query: Query {
        Query(
            table: "sales", dimensions: [Dimension("date", grain: .month)],
            measures: [Measure(.sum, "revenue", as: "revenue")],
            filters: [Filter("region", .equals, ["O'Brien"])], order: [Order("revenue", descending: true)], limit: 5)
    }

    @Test("PostgreSQL: quoted identifiers, $n parameters (the limit too), to_char buckets, explicit NULL order")
    func postgres() throws {
        let c = try QueryCompiler(dialect: PostgreSQLDialect()).compile(query, columns: columns)
        #expect(
            c.sql
                == #"SELECT to_char(CAST("date" AS timestamp), 'YYYY-MM') AS "date", sum("revenue") AS "revenue" FROM "sales" WHERE "region" = $1 GROUP BY to_char(CAST("date" AS timestamp), 'YYYY-MM') ORDER BY "revenue" DESC NULLS LAST LIMIT $2"#
        )
        #expect(c.bindings == ["O'Brien", 5])
    }

    @Test("ClickHouse: values as escaped literals, no bindings, outputs renamed outside so aliases shadow no column")
    func clickhouse() throws {
        let c = try QueryCompiler(dialect: ClickHouseDialect()).compile(query, columns: columns)
        #expect(c.bindings.isEmpty)
        #expect(c.sql.contains(#"WHERE `region` = 'O\'Brien'"#))
        #expect(
            c.sql.hasPrefix(
                "SELECT `a0` AS `date`, `a1` AS `revenue` FROM (SELECT substring(toString(toStartOfMonth(toDate(`date`)))"
            ))
        #expect(c.sql.hasSuffix("ORDER BY `revenue` DESC NULLS LAST LIMIT 5"))
    }

    @Test("fresh aliases avoid every column and output name")
    func freshAliases() {
        #expect(QueryCompiler.freshAliases(3, avoiding: ["a0", "a0_", "a2"]) == ["a0__", "a1", "a2_"])
    }

    @Test("a warehouse source's SQL is read as a subquery, its trailing semicolons dropped")
    func relation() {
        #expect(WarehouseRelation.table(#"ev"ents"#).expression(in: PostgreSQLDialect()) == #""ev""ents""#)
        #expect(WarehouseRelation.sql("SELECT 1 ;; ").expression(in: ClickHouseDialect()) == "(SELECT 1) AS `source`")
        #expect(ClickHouseDialect().quote("a`b\\c") == #"`a\`b\\c`"#)
    }
}
