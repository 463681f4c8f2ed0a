import Foundation
import Testing

@testable import Engine

@Suite("Analytics: the use cases every surface adapts")
struct AnalyticsTests {
    func analytics() throws -> Analytics {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE sales(date DATE, region TEXT, total_Sales REAL, units INTEGER);
            INSERT INTO sales VALUES
              ('2024-01-01','North',100,1), ('2024-02-01','North',120,2), ('2024-03-01','North',130,3),
              ('2024-04-01','North',150,4), ('2024-05-01','South',20,1), ('2024-06-01','South',25,2),
              ('2024-07-01','South',30,3), ('2024-08-01','South',22,4), ('2024-09-01','North',160,5),
              ('2024-10-01','South',28,6);
            """)
        return Analytics(connection: db, tables: ["sales"])
    }

    @Test("ask, query, chart and profile answer typed results; the answer's chart is ChartData")
    func basics() throws {
        let a = try analytics()
        let answer = try a.ask("total units by region")
        #expect(answer.chart.type == .bar && answer.chart.options.title == answer.interpretation)
        #expect(try a.query(sql: "SELECT count(*) AS n FROM sales").rows == [[.integer(10)]])
        #expect(try a.profile().totalRows == 10)
        let chart = try a.chart(
            ChartQuery(table: "sales", type: .bar, encoding: ChartEncoding(x: "region", y: ["units"])))
        #expect(chart.data.labels.sorted() == ["North", "South"])
    }

    @Test("analyze picks the kind and the target from the question; a comparison names its factor")
    func comparison() throws {
        // "sales" is the singular-plural match of the column total_Sales.
        let outcome = try analytics().analyze(AnalysisQuestion("compare sales across regions"))
        #expect(outcome.name == "comparison")
        #expect(outcome.target == "total_Sales")
        #expect(outcome.rows == 10)
        guard case .object(let output)? = outcome.output else { Issue.record("no output"); return }
        #expect(output["factor"] == .string("region"))
        #expect(outcome.recommendations.count == 2)
        #expect(outcome.recommendations[0].contains("region North"))
    }

    @Test("a time-series analysis runs the workflow step; bad targets and unreadable questions name the field")
    func seriesAndErrors() throws {
        let a = try analytics()
        let trend = try a.analyze(AnalysisQuestion("units", kind: .trend, target: "units"))
        #expect(trend.name == "trend_analysis" && trend.output != nil && trend.target == "units")
        #expect(throws: AnalyzeError(.target, "Not a numeric column; numeric columns: total_Sales, units.")) {
            try a.analyze(AnalysisQuestion("why", target: "region"))
        }
        let e = #expect(throws: AnalyzeError.self) { try a.analyze(AnalysisQuestion("what happened")) }
        #expect(e?.field == .question)
    }

    @Test("workflow runs a document over every row of the table")
    func workflow() throws {
        let document = WorkflowDocument(steps: [
            .init(type: "data_preparation", parameters: ["value_column": .string("units")]),
            .init(type: "trend_analysis"),
        ])
        guard case .object(let out) = try analytics().workflow(document) else {
            Issue.record("not an object")
            return
        }
        #expect(out["status"] == .string("completed"))
    }
}
