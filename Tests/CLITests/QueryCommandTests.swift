import Foundation
import TestSupport
import Testing

@Suite("aiser query and aiser profile")
final class QueryCommandTests {
    let dir: TemporaryDirectory
    let sales: String
    deinit { dir.remove() }

    init() throws {
        dir = try TemporaryDirectory()
        sales = try dir.write(
            "sales_2024.csv",
            "date,region,revenue\n2024-01-15,North,10.5\n2024-02-01,South,3\n2024-02-09,North,1.5\n")
    }

    @Test("names each file's table after its stem and prints JSON rows")
    func queryJSON() throws {
        let r = try AiserBinary.run([
            "query", "--data", sales, "--format", "json",
            "SELECT region, sum(revenue) AS total FROM sales_2024 GROUP BY region ORDER BY region",
        ])
        #expect(r.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 2)
        #expect(rows?.first?["region"] as? String == "North")
        #expect(rows?.first?["total"] as? Double == 12)
    }

    @Test("joins two files and writes CSV")
    func queryTwoFiles() throws {
        let targets = try dir.write("targets.csv", "region,target\nNorth,10\nSouth,5\n")
        let r = try AiserBinary.run([
            "query", "--data", sales, "--data", targets, "--format", "csv",
            "SELECT t.region, t.target - sum(s.revenue) AS gap FROM targets t JOIN sales_2024 s USING (region) GROUP BY 1 ORDER BY 1",
        ])
        #expect(r.status == 0)
        #expect(r.stdout == "region,gap\nNorth,-2\nSouth,2\n")
    }

    @Test("refuses writes and reports SQL errors with a position, exit 1, no backtrace")
    func errors() throws {
        let write = try AiserBinary.run(["query", "--data", sales, "DELETE FROM sales_2024"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only"))
        let bad = try AiserBinary.run(["query", "--data", sales, "SELECT nope FROM sales_2024"])
        #expect(bad.status == 1)
        #expect(bad.stderr == "sql:1:8: no such column: nope\n")
        let missing = try AiserBinary.run(["query", "--data", dir.path("nope.csv"), "SELECT 1"])
        #expect(missing.stderr == "\(dir.path("nope.csv")): no such file\n")
    }

    @Test(
        "reports row-cap truncation on stderr and with exit status 3 in every format (regression: silent in csv/json)",
        arguments: ["csv", "json", "table"])
    func truncation(format: String) throws {
        let r = try AiserBinary.run([
            "query", "--data", sales, "--format", format, "--max-rows", "2", "SELECT * FROM sales_2024",
        ])
        #expect(r.status == 3)
        #expect(r.stderr == "sql: result truncated at 2 rows; raise --max-rows to see the rest\n")
        #expect(r.stdout.contains("North"))
        let whole = try AiserBinary.run(["query", "--data", sales, "--format", format, "SELECT * FROM sales_2024"])
        #expect(whole.status == 0)
        #expect(whole.stderr.isEmpty)
    }

    @Test("refuses a second statement with a located error (regression: SELECT 1; garbage((( exited 0)")
    func secondStatement() throws {
        let r = try AiserBinary.run(["query", "--data", sales, "SELECT 1; garbage((("])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("sql:1:11: only one statement is allowed"))
    }

    @Test("a malformed file is reported as path:line:column")
    func malformed() throws {
        let broken = try dir.write("broken.csv", "a,b\n1,2\n\"x,3\n")
        let r = try AiserBinary.run(["profile", broken])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(broken):3:1: "))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test("profile prints the schema endpoint's JSON")
    func profileJSON() throws {
        let r = try AiserBinary.run(["profile", sales, "--format", "json"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let schema = object?["schema"] as? [String: Any]
        let revenue = schema?["revenue"] as? [String: Any]
        #expect(revenue?["type"] as? String == "decimal")
        #expect(revenue?["mean"] as? Double == 5)
        #expect((object?["statistics"] as? [String: Any])?["total_rows"] as? Int == 3)
        #expect(r.stdout.range(of: "\"date\"")!.lowerBound < r.stdout.range(of: "\"region\"")!.lowerBound)
    }

    @Test("every subcommand has help")
    func help() throws {
        for command in ["profile", "query"] {
            let r = try AiserBinary.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("USAGE"))
        }
    }
}
