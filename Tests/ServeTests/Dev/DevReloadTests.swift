import Foundation
import Generator
import TestSupport
import Testing

@testable import Serve

/// `aiser dev` watching the project: edits rebuild what changed, and open pages learn about it.
@Suite("Dev server reloads")
struct DevReloadTests {
    static let other =
        "---\ntitle: Other\n---\n\n```sql units\nSELECT SUM(units) AS units FROM sales\n```\n\n{{ units.units }} units.\n"

    @Test("editing a page's Markdown changes the version, serves the new text and reruns only the edited query")
    func editRebuilds() async throws {
        try await DevHarness.run(["pages/other.md": Self.other]) { dev in
            let first = try await dev.version()
            let old = try #require(first["version"] as? String)
            #expect(first["status"] as? String == "ok")
            #expect(first["queries"] as? Int == 3)
            #expect(first["executedQueries"] as? Int == 3)
            let starter = try String(
                contentsOf: dev.project.url.appendingPathComponent("pages/index.md"), encoding: .utf8)
            let edited = starter.replacingOccurrences(
                of: "FROM sales GROUP BY region ORDER BY revenue DESC",
                with: "FROM sales GROUP BY region ORDER BY region")
            #expect(edited != starter)
            try dev.write("pages/index.md", edited + "\nEdited while serving.\n")

            let next = try await dev.waitForChange(from: old)
            let new = try #require(next["version"] as? String)
            #expect(new != old)
            #expect(next["status"] as? String == "ok")
            #expect(next["queries"] as? Int == 3)
            #expect(next["executedQueries"] as? Int == 1, "only by_region changed")
            let page = try await dev.get("/")
            #expect(page.text.contains("Edited while serving."))
            #expect(page.text.contains("var v=\"\(new)\""))
            let regions = try await dev.get("/data/index/by_region.csv")
            #expect(
                regions.text.split(separator: "\n").dropFirst().map { $0.prefix(while: { $0 != "," }) } == [
                    "East", "North", "South", "West",
                ])
            let rebuilt = dev.recordedEvents.compactMap { event -> [String]? in
                if case .built(let changes, _, true) = event { return changes }
                return nil
            }
            #expect(rebuilt == [[], ["pages/index.md"]])
        }
    }

    @Test("editing a data file reruns every query and serves the new numbers")
    func dataEditRebuilds() async throws {
        try await DevHarness.run(["pages/other.md": Self.other]) { dev in
            let old = try #require(try await dev.version()["version"] as? String)
            let csv = dev.project.url.appendingPathComponent("data/sales.csv")
            let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst()
            let rows = lines.count
            let units = lines.compactMap { Int($0.split(separator: ",")[3]) }.reduce(0, +)
            let handle = try FileHandle(forWritingTo: csv)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("2024-12-31,North,Widget,1000,1.00\n".utf8))
            try handle.close()
            let next = try await dev.waitForChange(from: old)
            #expect(next["executedQueries"] as? Int == 3)
            let totals = try await dev.get("/data/index/totals.csv").text
            #expect(totals.hasSuffix(",\(rows + 1)\n"), "\(totals)")
            let json = try await dev.get("/data/other/units.json").body
            let sum = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
            #expect(sum.first?["units"] as? Int == units + 1000)
        }
    }

    @Test("a waiting long poll is answered as soon as the site changes")
    func longPollAnswersOnChange() async throws {
        try await DevHarness.run { dev in
            let old = try #require(try await dev.version()["version"] as? String)
            async let answer = dev.get("/__aiser/version?since=\(old)")
            try await Task.sleep(for: .milliseconds(200))
            try dev.write("pages/index.md", "---\ntitle: Fresh\n---\n\nNew text.\n")
            let reply = try await answer
            let body = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
            #expect(body["version"] as? String != old)
            #expect(try await dev.get("/").text.contains("New text."))
        }
    }

    @Test("a broken SQL block shows the escaped error page with pages/…md:line:column; fixing it restores the page")
    func brokenThenFixed() async throws {
        try await DevHarness.run(["pages/other.md": Self.other]) { dev in
            let old = try #require(try await dev.version()["version"] as? String)
            try dev.write(
                "pages/other.md", "```sql units\nSELECT * FROM nowhere WHERE region = '<b>'\n```\n\n{{ units.units }}\n"
            )
            let broken = try await dev.waitForChange(from: old)
            #expect(broken["status"] as? String == "error")
            let message = try #require(broken["error"] as? String)
            #expect(message == "pages/other.md:2:15: query 'units': no such table: nowhere")

            let page = try await dev.get("/other")
            #expect(page.status == 500)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(page.text.contains("<h1>Build failed</h1>"))
            #expect(page.text.contains("pages/other.md:2:15: query &#39;units&#39;"), "\(page.text)")
            #expect(page.text.contains("no such table: nowhere"))
            #expect(
                page.text.contains("SELECT * FROM nowhere WHERE region = &#39;&lt;b&gt;&#39;"), "the excerpt, escaped")
            #expect(!page.text.contains("<b>"))
            #expect(page.text.contains("data-aiser-dev"), "the error page reloads itself")
            #expect(try await dev.get("/").status == 500, "every page shows the error")
            #expect(try await dev.get("/data/index/totals.csv").status == 200, "the last good exports stay")
            #expect(
                dev.recordedEvents.contains {
                    if case .failed(["pages/other.md"], let error) = $0 { return error.description == message }
                    return false
                })

            let errorVersion = try #require(broken["version"] as? String)
            try dev.write("pages/other.md", Self.other)
            let fixed = try await dev.waitForChange(from: errorVersion)
            #expect(fixed["status"] as? String == "ok")
            #expect(fixed["error"] == nil)
            let back = try await dev.get("/other")
            #expect(back.status == 200)
            #expect(back.text.contains(" units.</p>"))
            #expect(!back.text.contains("Build failed"))
        }
    }
}
