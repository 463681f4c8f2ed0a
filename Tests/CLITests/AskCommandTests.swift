import Foundation
import TestSupport
import Testing

@Suite("aiser ask")
struct AskCommandTests {
    static let sales = """
        date,region,revenue
        2023-01-05,North,100
        2023-01-20,South,50
        2023-02-03,North,30
        2023-03-15,South,20.5
        2023-03-16,East,10
        """

    @Test("prints the json contract: question, sql, chart_data, insights, interpretation in order")
    func json() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let csv = try dir.write("sales.csv", Self.sales)
        let r = try AiserBinary.run(["ask", "total revenue by month", "--data", csv])
        #expect(r.status == 0, "\(r.stderr)")
        let keys = ["\"question\"", "\"sql\"", "\"chart_data\"", "\"insights\"", "\"interpretation\""]
        let positions = keys.compactMap { r.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == 5 && positions == positions.sorted())
        let obj = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let chart = try #require(obj["chart_data"] as? [String: Any])
        let data = try #require(chart["data"] as? [String: Any])
        #expect(chart["type"] as? String == "bar")  // 3 points: bar rather than line
        #expect(data["labels"] as? [String] == ["2023-01", "2023-02", "2023-03"])
        let sets = try #require(data["datasets"] as? [[String: Any]])
        #expect(sets.first?["data"] as? [Double] == [150, 30, 30.5])
        #expect(obj["interpretation"] as? String == "Sum of revenue by month")
        #expect((obj["sql"] as? String)?.contains("total") == false)
    }

    @Test("a single number is a kpi labelled with the measure; values are bound, not spliced")
    func kpi() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let csv = try dir.write("sales.csv", Self.sales)
        let out = dir.path("answer.json")
        let r = try AiserBinary.run(["ask", "average revenue for North", "--data", csv, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"type\":\"kpi\""))
        #expect(text.contains("\"labels\":[\"Average revenue\"]"))
        #expect(text.contains("\"data\":[65]"))
        #expect(!text.contains("North\\\"") && text.contains("IN (?)"))
    }

    @Test("an unanswerable question fails with a message naming the columns")
    func refused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let csv = try dir.write("sales.csv", Self.sales)
        let r = try AiserBinary.run(["ask", "average salary by department", "--data", csv])
        #expect(r.status != 0)
        #expect(r.stderr.contains("salary"))
        #expect(r.stderr.contains("revenue"))
        #expect(r.stdout.isEmpty)
    }

    @Test("missing data and unsupported formats are rejected before running")
    func validation() throws {
        #expect(try AiserBinary.run(["ask", "total revenue"]).status != 0)
        #expect(
            try AiserBinary.run(["ask", "total revenue", "--data", "/nonexistent.csv"]).stderr.contains("no such file"))
    }
}

@Suite("aiser ask: rendered formats")
struct AskRenderTests {
    @Test("svg, html and png render the answer's chart")
    func formats() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let csv = try dir.write("sales.csv", AskCommandTests.sales)
        let svg = try AiserBinary.run(["ask", "revenue by region", "--data", csv, "--format", "svg"])
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.stdout.hasPrefix("<svg"))
        #expect(svg.stdout.contains("North") && svg.stdout.contains("Sum of revenue by region"))
        let html = try AiserBinary.run(["ask", "revenue by region", "--data", csv, "--format", "html"])
        #expect(html.stdout.contains("<svg") && html.stdout.lowercased().contains("<html"))
        let png = dir.path("chart.png")
        let r = try AiserBinary.run(["ask", "revenue by month", "--data", csv, "--format", "png", "--out", png])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(try AiserBinary.run(["ask", "revenue", "--data", csv, "--format", "png"]).status != 0)
    }
}
