import Foundation
import TestSupport
import Testing

@testable import Generator

@Suite("Examples and docs build")
struct ExamplesTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Builds `folder` of the repository into a temporary folder (cache included) and returns it.
    func build(_ folder: String) async throws -> (BuildReport, TemporaryDirectory) {
        let tmp = try TemporaryDirectory("aiser-example")
        let options = BuildOptions(
            output: tmp.url.appendingPathComponent("out"), cacheFolder: tmp.url.appendingPathComponent("cache"))
        let report = try await Builder(project: Self.repo.appendingPathComponent(folder), options: options).build()
        #expect(try SelfContained.violations(in: tmp.url.appendingPathComponent("out")) == [])
        return (report, tmp)
    }

    @Test("examples/sales: overview, products with an input, a page per region")
    func sales() async throws {
        let (report, tmp) = try await build("examples/sales")
        defer { tmp.remove() }
        #expect(report.pages == 8)
        let out = tmp.url.appendingPathComponent("out")
        let north = try String(contentsOf: out.appendingPathComponent("regions/north.html"), encoding: .utf8)
        #expect(north.contains("<title>North region · Acme Sales</title>"))
        #expect(
            FileManager.default.fileExists(atPath: out.appendingPathComponent("data/regions/north/summary.csv").path))
        let products = try String(contentsOf: out.appendingPathComponent("products.html"), encoding: .utf8)
        #expect(products.contains("#in-year-0:checked ~ .v0"))
        let ids = products.matches(of: /id="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "element ids are unique")
        #expect(
            FileManager.default.fileExists(
                atPath: out.appendingPathComponent("data/products/by_category--2023.csv").path))
    }

    @Test("examples/weather builds")
    func weather() async throws {
        let (report, tmp) = try await build("examples/weather")
        defer { tmp.remove() }
        #expect(report.pages == 2)
    }

    @Test("site/ (the docs) builds and documents every key the code accepts")
    func site() async throws {
        let (report, tmp) = try await build("site")
        defer { tmp.remove() }
        // index + 16 reference pages (the ask page joined architecture and SDKs; then webhooks, metrics, security,
        // search, deployment).
        #expect(report.pages == 17)
        let pages = Self.repo.appendingPathComponent("site/pages/reference")
        let project = try String(contentsOf: pages.appendingPathComponent("project.md"), encoding: .utf8)
        for key in ProjectConfig.keys + ProjectConfig.optionKeys + FrontMatter.keys {
            #expect(project.contains("`\(key)`"), "project.md does not document \(key)")
        }
        let blocks = try String(contentsOf: pages.appendingPathComponent("blocks.md"), encoding: .utf8)
        for key in TableBlock.keys + KPIBlock.keys + InputBlock.keys + ChartBlock.keys {
            #expect(blocks.contains("`\(key)`"), "blocks.md does not document \(key)")
        }
        let templating = try String(contentsOf: pages.appendingPathComponent("templating.md"), encoding: .utf8)
        for name in TemplateFilter.names {
            #expect(templating.contains("`\(name)"), "templating.md does not document \(name)")
        }
        let architecture = try String(contentsOf: pages.appendingPathComponent("architecture.md"), encoding: .utf8)
        for useCase in ["ask(", "chart(", "query(", "profile(", "analyze(", "drivers(of:)", "workflow("] {
            #expect(architecture.contains("`\(useCase)"), "architecture.md does not name the use case \(useCase)")
        }
    }
}
