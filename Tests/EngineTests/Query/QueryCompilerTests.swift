import Testing

@testable import Engine

@Suite("Query model → SQL")
struct QueryCompilerTests {
    let columns = ["date", "region", "revenue", "quantity"]

    @Test("compiles dimensions, measures, filters, order and limit with bound values")
    func compiles() throws {
        let q = Query(
            table: "sales", dimensions: [Dimension("region")],
            measures: [Measure(.sum, "revenue"), Measure(.count)],
            filters: [Filter("region", .oneOf, ["North", "South"]), Filter("revenue", .greater, [10])],
            order: [Order("sum_revenue", descending: true)], limit: 5)
        let c = try QueryCompiler().compile(q, columns: columns)
        #expect(
            c.sql
                == #"SELECT "region" AS "region", sum("revenue") AS "sum_revenue", count(*) AS "count" FROM "sales" WHERE "region" IN (?, ?) AND "revenue" > ? GROUP BY "region" ORDER BY "sum_revenue" DESC LIMIT ?"#
        )
        #expect(c.bindings == ["North", "South", 10, 5])
    }

    @Test("never splices filter text into SQL")
    func bindsHostileValues() throws {
        let evil = "x'); DROP TABLE sales; --"
        let q = Query(table: "sales", measures: [Measure(.count)], filters: [Filter("region", .equals, [.text(evil)])])
        let c = try QueryCompiler().compile(q, columns: columns)
        #expect(!c.sql.contains("DROP"))
        #expect(c.bindings == [.text(evil)])
    }

    @Test("rejects unknown columns and names the real ones")
    func unknownColumn() throws {
        let q = Query(table: "sales", measures: [Measure(.sum, "profit")])
        let e = #expect(throws: QueryError.self) { try QueryCompiler().compile(q, columns: columns) }
        #expect(e?.message.contains("profit") == true)
        #expect(e?.message.contains("revenue") == true)
    }

    @Test("rejects wrong filter arity and ordering by a non-output column")
    func arity() throws {
        let bad = Query(table: "sales", measures: [Measure(.count)], filters: [Filter("revenue", .between, [1])])
        #expect(throws: QueryError.self) { try QueryCompiler().compile(bad, columns: columns) }
        let order = Query(table: "sales", measures: [Measure(.count)], order: [Order("revenue")])
        #expect(throws: QueryError.self) { try QueryCompiler().compile(order, columns: columns) }
        let sumAll = Query(table: "sales", measures: [Measure(.sum)])
        #expect(throws: QueryError.self) { try QueryCompiler().compile(sumAll, columns: columns) }
    }
}
