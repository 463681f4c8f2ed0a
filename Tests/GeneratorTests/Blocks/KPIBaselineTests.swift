import Foundation
import Testing

@testable import Engine
@testable import Generator

@Suite("KPI blocks: the change against zero and negative baselines, as the KPI chart shows it")
struct KPIBaselineTests {
    static let page = """
        ```sql k
        SELECT 5 AS now, 0 AS zero, -4 AS negative, 4 AS lower_value
        ```

        ```kpi
        data: k
        value: now
        comparison: zero
        ```

        ```kpi
        data: k
        value: lower_value
        comparison: now
        ```

        ```kpi
        data: k
        value: negative
        comparison: negative
        ```

        ```sql m
        SELECT -3 AS v, -4 AS before
        ```

        ```kpi
        data: m
        value: v
        comparison: before
        ```
        """

    @Test("a zero baseline shows the absolute change; a fall has no minus sign; equal is flat")
    func html() async throws {
        let p = try ProjectFixture(["pages/index.md": Self.page])
        defer { p.remove() }
        try await p.build()
        let html = try p.read("out/index.html")
        #expect(html.contains("<p class=\"kpi-delta up\">▲ 5 <span>vs 0</span></p>"))
        #expect(html.contains("<p class=\"kpi-delta down\">▼ 20.0% <span>vs 5</span></p>"))
        #expect(html.contains("<p class=\"kpi-delta flat\">■ 0% <span>vs -4</span></p>"))
        #expect(html.contains("<p class=\"kpi-delta up\">▲ 25.0% <span>vs -4</span></p>"))
    }

    @Test("the KPI chart says the same of a zero baseline")
    func chart() {
        let chart = ChartData(
            type: .kpi,
            datasets: [
                ChartDataset(label: "Now", data: [5]),
                ChartDataset(label: "Before", data: [0], role: .comparison),
            ])
        #expect(ChartRenderer.svg(chart).contains("▲ 5 vs Before (0)"))
    }
}
