import Foundation
import TestSupport
import Testing

@Suite("aiser chart")
struct ChartCommandTests {
    static let csv = """
        date,region,revenue,units
        2024-01-03,North,100,1
        2024-01-20,South,50,2
        2024-02-01,North,70,3
        2024-02-11,North,30,4
        2024-03-05,South,90,5

        """

    @Test("draws a monthly line as SVG from a CSV, summing within each month")
    func svg() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.csv)
        let out = dir.path("revenue.svg")
        let r = try AiserBinary.run([
            "chart", "--data", data, "--type", "line", "--x", "date", "--y", "revenue",
            "--grain", "month", "--title", "Revenue <by> month", "--out", out,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("<title id=\"chart-title\">Revenue &lt;by&gt; month</title>"))
        #expect(svg.contains("revenue rose from 150 in Jan 2024 to 90 in Mar 2024") == false)
        #expect(svg.contains("revenue fell from 150 in Jan 2024 to 90 in Mar 2024; peak of 150 in Jan 2024."))
    }

    @Test("writes PNG, PDF, HTML and JSON by extension, with series and a dark theme")
    func formats() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.csv)
        let common = [
            "chart", "--data", data, "--type", "bar", "--x", "date", "--y", "revenue", "--series", "region",
            "--grain", "month", "--theme", "dark",
        ]
        for (ext, magic) in [("png", "\u{89}PNG"), ("pdf", "%PDF-"), ("html", "<!doctype html>"), ("json", "{")] {
            let out = dir.path("chart.\(ext)")
            let r = try AiserBinary.run(common + ["--out", out])
            #expect(r.status == 0, "\(ext): \(r.stderr)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
            #expect(
                String(decoding: bytes.prefix(magic.utf8.count), as: UTF8.self) == magic
                    || (ext == "png" && bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47])), "\(ext)")
        }
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("chart.json"))))
            as? [String: Any]
        let body = json?["data"] as? [String: Any]
        #expect(body?["labels"] as? [String] == ["2024-01", "2024-02", "2024-03"])
        let sets = body?["datasets"] as? [[String: Any]]
        #expect(sets?.map { $0["label"] as? String } == ["North", "South"])
        #expect((sets?.first?["data"] as? [Any?])?.count == 3)
    }

    @Test("a scatter uses raw rows and a histogram bins them")
    func rawRows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.csv)
        let out = dir.path("s.svg")
        let r = try AiserBinary.run([
            "chart", "--data", data, "--type", "scatter", "--x", "units", "--y", "revenue", "--out", out,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Scatter of 5 points in 1 group."))
        let h = try AiserBinary.run(["chart", "--data", data, "--type", "histogram", "--y", "revenue", "--out", out])
        #expect(h.status == 0, "\(h.stderr)")
        #expect(
            try String(contentsOfFile: out, encoding: .utf8).contains(
                "Distribution of 5 values of revenue from 30 to 100."))
    }

    @Test("bad input fails with a clear message and no output file")
    func errors() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.csv)
        let out = dir.path("x.svg")
        let unknown = try AiserBinary.run([
            "chart", "--data", data, "--type", "bar", "--x", "date", "--y", "revnue", "--out", out,
        ])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("revnue"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let ext = try AiserBinary.run([
            "chart", "--data", data, "--type", "bar", "--x", "date", "--y", "revenue", "--out", dir.path("x.gif"),
        ])
        #expect(ext.status != 0 && ext.stderr.contains(".svg, .png, .pdf, .html or .json"))
        let type = try AiserBinary.run([
            "chart", "--data", data, "--type", "radar", "--x", "date", "--y", "revenue", "--out", out,
        ])
        #expect(type.status != 0 && type.stderr.contains("radar"))
    }
}
