import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

/// Issue 17's stored-XSS cases through a real browser: hostile titles, questions, column names and
/// values stored over the API, then the chart pages, a shared dashboard page and the HTML and SVG
/// exports loaded in headless chromium. Every payload would set the document's title to `XSS42`
/// if it ran; the DOM the browser ends with must not contain it, and must contain the payloads
/// as inert text (so the pages did show them).
@Suite("Attack battery: stored XSS in a real browser")
struct AttackXSSTests {
    static let marker = "XSS42"
    /// `XSS42` appears only when `'XSS'+(6*7)` is evaluated.
    static let run = "document.title='XSS'+(6*7)"
    static let payloads = [
        "<script>\(run)</script>",
        "\"><img src=x onerror=\"\(run)\">",
        "'><svg onload=\(run)>",
        "javascript:\(run)",
        "</title><script>\(run)</script>",
        "</text><svg><script>\(run)</script></svg>",
        "]]><script>\(run)</script>",
        "</style><img src=x onerror=\(run)>",
        "<a href=\"javascript:\(run)\">x</a>",
    ]

    @Test(
        "the detectors see a payload that runs and a javascript: link (control: unescaped HTML)",
        .enabled(if: HeadlessBrowser.path != nil, "\(HeadlessBrowser.missing)"))
    func detectorWorks() throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("aiser-xss-\(UUID().uuidString).html")
        try Data(("<title>t</title><p>" + Self.payloads[8] + "</p>" + Self.payloads[1]).utf8).write(to: page)
        defer { try? FileManager.default.removeItem(at: page) }
        let dom = try HeadlessBrowser.dumpDOM(page.absoluteString)
        #expect(dom.contains(Self.marker))
        #expect(Self.javascriptLink(in: dom) != nil)
    }

    /// An attribute of a real element (a `<` the serializer did not escape) that runs script.
    static func javascriptLink(in dom: String) -> String? {
        let pattern = #"(?i)<[a-z][^<>]*\s(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:"#
        guard let regex = try? Regex(pattern) else { return "(the pattern does not compile)" }
        return dom.firstMatch(of: regex).map { String(dom[$0.range]) }
    }

    /// Checks one loaded page: no payload ran, no link runs script, the payloads are shown as text.
    static func check(_ dom: String, _ what: String, showsPayloads: Bool = true) {
        #expect(!dom.isEmpty, "\(what): the browser loaded nothing")
        #expect(!dom.contains(marker), "\(what): a stored payload ran in the browser")
        let link = javascriptLink(in: dom)
        #expect(link == nil, "\(what): a javascript: link \(link ?? "")")
        if showsPayloads { #expect(dom.contains("(6*7)"), "\(what): the payloads are not on the page") }
    }

    @Test(
        "chart pages, a shared dashboard and the HTML/SVG exports run none of the stored payloads",
        .enabled(if: HeadlessBrowser.path != nil, "\(HeadlessBrowser.missing)"))
    func storedPayloads() async throws {
        try await TestServer().test(.live) { c in
            let port = try #require(c.client.port)
            let admin = try await c.adminToken()
            // Values and a column name are payloads too.
            let quoted = Self.payloads.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            let rows = quoted.enumerated().map { i, p in
                "2024-01-\(String(format: "%02d", i + 1)),\(p),\(i * 10 + 5),\(p)"
            }
            let csv = "date,product,revenue,\(quoted[1])\n" + rows.joined(separator: "\n") + "\n"
            let up = try await c.upload("xss.csv", csv, token: admin, fields: [("data_source_name", "xss")])
            let source = try #require(up.data["data_source_id"] as? String, "\(up.body)")
            var charts: [String] = []
            for group in stride(from: 0, to: Self.payloads.count, by: 3) {
                let title = Self.payloads[group..<min(group + 3, Self.payloads.count)].joined(separator: " ")
                let options: [String: Any] = [
                    "subtitle": Self.payloads[group], "xTitle": Self.payloads[group + 1],
                    "yTitle": Self.payloads[group + 2], "note": Self.payloads[(group + 4) % Self.payloads.count],
                    "colors": ["red\" onload=\"\(Self.run)", "url(javascript:\(Self.run))"],
                ]
                charts.append(
                    try await c.createChart(
                        "total revenue by product", source: source, token: admin,
                        extra: ["title": title, "options": options, "settings": ["public": true]]))
            }
            let dashboard = try await c.createDashboard(
                Self.payloads[0], charts: charts, token: admin,
                extra: ["description": Self.payloads[2] + Self.payloads[3], "settings": ["public": true]])
            let base = "http://127.0.0.1:\(port)"
            for chart in charts {
                Self.check(try HeadlessBrowser.dumpDOM("\(base)/charts/\(chart)"), "chart page \(chart)")
            }
            Self.check(try HeadlessBrowser.dumpDOM("\(base)/dashboards/\(dashboard)"), "dashboard page")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiser-xss-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let exports = [
                ("chart.html", "/api/v1/export/chart/\(charts[0])?format=html"),
                ("chart.svg", "/api/v1/export/chart/\(charts[1])?format=svg"),
                ("dashboard.html", "/api/v1/export/dashboard/\(dashboard)?format=html"),
            ]
            for (name, uri) in exports {
                let r = try await c.call(.get, uri, token: admin)
                #expect(r.status == .ok, "\(uri): \(r.status)")
                let file = folder.appendingPathComponent(name)
                try Data(r.body.utf8).write(to: file)
                Self.check(try HeadlessBrowser.dumpDOM(file.absoluteString), "exported \(name)")
            }
        }
    }
}
