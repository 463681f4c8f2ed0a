import Foundation
import Generator
import TestSupport
import Testing

@testable import Serve

/// `aiser dev` over a real socket: what it serves and how.
@Suite("Dev server")
struct DevServerTests {
    /// The starter's `pages/index.md` plus a plain page and a section with an index and a page.
    static let pages: [String: String] = [
        "pages/about.md": "---\ntitle: About\n---\n\nA plain page without queries.\n",
        "pages/regions/index.md":
            "---\ntitle: Regions\n---\n\n```sql regions\nSELECT DISTINCT region FROM sales ORDER BY region\n```\n\n{{#each regions}}\n- Region {{ region }}\n{{/each}}\n",
        "pages/regions/north.md":
            "---\ntitle: North\n---\n\n```sql north\nSELECT COUNT(*) AS orders FROM sales WHERE region = 'North'\n```\n\nNorth took {{ north.orders }} orders.\n",
    ]

    @Test("serves the index, nested pages, data exports and the manifest with their content types")
    func servesTheSite() async throws {
        try await DevHarness.run(Self.pages) { dev in
            let index = try await dev.get("/")
            #expect(index.status == 200)
            #expect(index.headers["content-type"] == "text/html; charset=utf-8")
            #expect(index.headers["cache-control"] == "no-store")
            #expect(index.text.contains("<h1 class=\"page-title\">Sales overview</h1>"))
            #expect(try await dev.get("/index.html").text == index.text)
            let about = try await dev.get("/about")
            #expect(about.status == 200)
            #expect(about.text.contains("A plain page without queries."))
            let regions = try await dev.get("/regions/")
            #expect(regions.status == 200)
            for region in ["East", "North", "South", "West"] { #expect(regions.text.contains("Region \(region)")) }
            let north = try await dev.get("/regions/north")
            #expect(north.status == 200)
            let rows = try Self.salesRows(dev.project.url)
            let northOrders = rows.filter { $0[1] == "North" }.count
            #expect(north.text.contains("North took \(northOrders) orders."))
            let redirect = try await dev.get("/regions")
            #expect(redirect.status == 302)
            #expect(redirect.headers["location"] == "/regions/")

            let csv = try await dev.get("/data/index/totals.csv")
            #expect(csv.status == 200)
            #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
            #expect(csv.text.hasPrefix("revenue,orders\n"))
            #expect(csv.text.hasSuffix(",\(rows.count)\n"))
            #expect(!csv.text.contains("__aiser"))
            let json = try await dev.get("/data/index/by_region.json")
            #expect(json.headers["content-type"] == "application/json")
            let objects = try #require(try JSONSerialization.jsonObject(with: json.body) as? [[String: Any]])
            #expect(Set(objects.compactMap { $0["region"] as? String }) == Set(rows.map { $0[1] }))
            #expect(objects.compactMap { $0["orders"] as? Int }.reduce(0, +) == rows.count)
            let manifest = try await dev.get("/manifest.json")
            #expect(manifest.status == 200)
            #expect(manifest.headers["content-type"] == "application/json")
            #expect(manifest.text.contains("\"regions/north\""))
        }
    }

    @Test("with pdf, each page's PDF is served next to it")
    func pdf() async throws {
        try await DevHarness.run(pdf: true) { dev in
            let pdf = try await dev.get("/index.pdf")
            #expect(pdf.status == 200)
            #expect(pdf.headers["content-type"] == "application/pdf")
            #expect(pdf.body.starts(with: Data("%PDF-".utf8)))
            #expect(!pdf.text.contains("__aiser"))
            #expect(try await dev.get("/index").headers["content-type"] == "text/html; charset=utf-8")
        }
    }

    @Test("HEAD has no body, other methods get 405, missing files the 404 page")
    func methodsAndMissing() async throws {
        try await DevHarness.run() { dev in
            let head = try await dev.get("/", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            let get = try await dev.get("/")
            #expect(head.headers["content-length"] == String(get.body.count))
            #expect(head.headers["content-type"] == "text/html; charset=utf-8")
            let post = try await dev.get("/", method: "POST")
            #expect(post.status == 405)
            #expect(post.headers["allow"] == "GET, HEAD")
            let missing = try await dev.get("/no/such-page")
            #expect(missing.status == 404)
            #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
            #expect(missing.text.contains("<code>/no/such-page</code>"))
            #expect(missing.text.contains("data-aiser-dev"), "a page created later shows up by itself")
        }
    }

    @Test("the reload script is in served pages only: not in the files on disk, not in aiser build output")
    func reloadScriptOnlyWhenServed() async throws {
        try await DevHarness.run(Self.pages) { dev in
            let version = try #require(try await dev.version()["version"] as? String)
            let served = try await dev.get("/regions/north").text
            let script = ReloadScript.html(version: version)
            #expect(served.contains(script + "\n</body>"))
            #expect(served.contains("fetch(\"/__aiser/version?since=\"+v"))
            let onDisk = try String(
                contentsOf: dev.server.options.output.appendingPathComponent("regions/north.html"), encoding: .utf8)
            #expect(!onDisk.contains("__aiser"))
            #expect(served.replacingOccurrences(of: script + "\n", with: "") == onDisk)

            let out = dev.project.url.appendingPathComponent("out")
            #expect(!FileManager.default.fileExists(atPath: out.path), "aiser dev never writes the project's out/")
            _ = try await Builder(project: dev.project.url, options: BuildOptions(output: out)).build()
            for page in ["index.html", "about.html", "regions/index.html", "regions/north.html"] {
                let built = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
                #expect(!built.contains("__aiser") && !built.contains("<script"), "\(page)")
            }
        }
    }

    @Test("paths that try to leave the site are refused and never return a file's content")
    func pathEscapes() async throws {
        try await DevHarness.run() { dev in
            let site = dev.server.options.output
            let secret = try String(contentsOf: dev.project.url.appendingPathComponent("aiser.yml"), encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                at: site.appendingPathComponent("project"), withDestinationURL: dev.project.url)
            try FileManager.default.createSymbolicLink(
                at: site.appendingPathComponent("config.yml"),
                withDestinationURL: dev.project.url.appendingPathComponent("aiser.yml"))
            // The site is PROJECT/.aiser-cache/dev/site: three levels up is the project.
            let attempts = [
                "/../../../aiser.yml", "/%2e%2e/%2e%2e/%2e%2e/aiser.yml", "/..%2f..%2f..%2faiser.yml",
                "/data/../../../../aiser.yml", "/%2e%2e%2f%2e%2e%2f%2e%2e%2fpages%2findex.md",
                "/../aiser.yml", "/../../aiser.yml", "/%2e%2e/aiser.yml", "/%2E%2E/%2E%2E/aiser.yml",
                "/..%2faiser.yml", "/%2e%2e%2faiser.yml", "/data/../../aiser.yml", "/data/%2e%2e/%2e%2e/aiser.yml",
                "/.%2e/aiser.yml", "/%2e%2e%5caiser.yml", "/index.html%00.css", "/project/aiser.yml",
                "/project/pages/index.md", "/config.yml", "/.aiser-cache/dev/site/index.html", "/../.aiser-cache",
            ]
            for path in attempts {
                let reply = try await dev.get(path)
                #expect([403, 404].contains(reply.status), "\(path) → \(reply.status)")
                #expect(!reply.text.contains("title: My dashboards"), "\(path) leaked the config")
                #expect(!reply.text.contains("```sql"), "\(path) leaked a page source")
            }
            #expect(try await dev.get("/../../../aiser.yml").status == 403)
            #expect(try await dev.get("/project/aiser.yml").status == 403)
            #expect(secret.contains("title: My dashboards"), "the secret used above is what aiser.yml holds")
        }
    }

    /// The starter's sales rows (`date,region,product,units,revenue`) as fields.
    static func salesRows(_ project: URL) throws -> [[String]] {
        let csv = try String(contentsOf: project.appendingPathComponent("data/sales.csv"), encoding: .utf8)
        return csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    }
}
