import Testing

@testable import Engine

@Suite("CSV, JSON and text exports")
struct ExportTests {
    let result = QueryResult(
        columns: [
            .init(name: "name", type: .string), .init(name: "n", type: .integer), .init(name: "x", type: .decimal),
        ],
        rows: [
            ["=HYPERLINK(\"http://evil\")", 1, 1.5],
            ["a,b\n\"c\"", -2, .null],
            ["+1", 3, .real(.nan)],
            ["@SUM(A1)", 4, 2],
            ["-x", 5, 0.1],
        ])

    @Test("CSV quotes per RFC 4180 and neutralises formulas, but not negative numbers")
    func csv() {
        let expected = [
            "name,n,x",
            #""'=HYPERLINK(""http://evil"")",1,1.5"#,
            "\"a,b\n\"\"c\"\"\",-2,",
            "'+1,3,",
            "'@SUM(A1),4,2",
            "'-x,5,0.1",
        ]
        #expect(CSVWriter().csv(result) == expected.joined(separator: "\n") + "\n")
        #expect(CSVWriter(formulaSafe: false).csv(result).contains("\n+1,3"))
    }

    @Test("JSON rows keep column order; NaN becomes null; HTML-significant characters are escaped")
    func json() {
        let r = QueryResult(
            columns: [.init(name: "z", type: .string), .init(name: "a", type: .decimal)],
            rows: [["</script><b>", .real(.infinity)], ["ok", 2.5]])
        #expect(JSONRowsWriter().json(r) == #"[{"z":"\u003c/script\u003e\u003cb\u003e","a":null},{"z":"ok","a":2.5}]"#)
        #expect(JSONRowsWriter().json(QueryResult(columns: r.columns, rows: [])) == "[]")
    }

    @Test("text tables right-align numbers")
    func table() {
        let r = QueryResult(
            columns: [.init(name: "region", type: .string), .init(name: "total", type: .integer)],
            rows: [["North", 5], ["South", 1200]])
        #expect(
            TextTable().render(r) == """
                region  total
                ------  -----
                North       5
                South    1200

                """)
    }
}
