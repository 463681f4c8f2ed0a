import Engine
import Testing

@testable import Generator

@Suite("CSV and JSON exports")
struct ExportTests {
    let result = QueryResult(
        columns: [.init(name: "name", type: .string), .init(name: "n", type: .integer)],
        rows: [["=HYPERLINK(\"x\")", -5], ["+1", 2], ["@SUM(A1)", 3], ["a,b", .null], ["-x", 1.5], ["\tt", 0]])

    @Test("CSV neutralises formula cells but keeps negative numbers")
    func csv() {
        #expect(
            CSVExport().export(result)
                == "name,n\n\"'=HYPERLINK(\"\"x\"\")\",-5\n'+1,2\n'@SUM(A1),3\n\"a,b\",\n'-x,1.5\n'\tt,0\n")
    }

    @Test("JSON is an array of row objects, safe inside HTML")
    func json() {
        let r = QueryResult(
            columns: [.init(name: "a", type: .string), .init(name: "b", type: .decimal)],
            rows: [["</script>", 1.5], [.null, 2]])
        #expect(
            JSONExport().export(r)
                == "[\n  {\"a\": \"\\u003c/script\\u003e\", \"b\": 1.5},\n  {\"a\": null, \"b\": 2}\n]\n")
    }
}
