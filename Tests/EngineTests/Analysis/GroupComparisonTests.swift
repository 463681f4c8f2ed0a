import Testing

@testable import Engine

@Suite("Comparing groups and picking an analysis from a question")
struct GroupComparisonTests {
    /// revenue: North 10, 12, 14; South 4, 6, 5; West 7, 7, 8 — channel alternates and barely matters.
    static let table: QueryResult = {
        let data: [(String, String, Double)] = [
            ("North", "Web", 10), ("North", "Shop", 12), ("North", "Web", 14),
            ("South", "Shop", 4), ("South", "Web", 6), ("South", "Shop", 5),
            ("West", "Web", 7), ("West", "Shop", 7), ("West", "Web", 8),
        ]
        return QueryResult(
            columns: [
                .init(name: "region", type: .string), .init(name: "channel", type: .string),
                .init(name: "revenue", type: .decimal),
            ],
            rows: data.map { [.text($0.0), .text($0.1), .real($0.2)] })
    }()

    @Test("picks the factor with the largest effect and reports each group's mean, median and share")
    func groups() throws {
        let c = try GroupComparison(result: Self.table, target: "revenue")
        #expect(c.factor == "region")
        #expect(c.groups.map(\.name) == ["North", "West", "South"])
        #expect(c.groups.map(\.mean) == [12, 22.0 / 3, 5])
        #expect(c.groups.map(\.median) == [12, 7, 5])
        #expect(c.groups.map(\.count) == [3, 3, 3])
        #expect(abs((c.groups[0].share ?? 0) - 36.0 / 73) < 1e-12)
        // Between-group SS 686/9, total SS 782/9: η² = 686/782; scipy f_oneway gives F = 21.4375,
        // p = 0.0018500924887318985.
        #expect(abs(c.etaSquared - 686.0 / 782.0) < 1e-12)
        #expect(abs(c.f - 21.4375) < 1e-9)
        #expect(abs(c.pValue - 0.0018500924887318985) < 1e-9)
        #expect(c.insights.first?.hasPrefix("revenue is highest for region North (mean 12, 3 rows)") == true)
        #expect(c.insights[1].contains("is significant"))
    }

    @Test("an asked-for factor is used even when it matters less; bad columns are errors")
    func askedFactor() throws {
        let c = try GroupComparison(result: Self.table, target: "revenue", factor: "channel")
        #expect(c.factor == "channel")
        #expect(abs(c.pValue - 0.401436948321009) < 1e-9)
        #expect(c.insights[1].contains("not significant"))
        #expect(throws: AnalysisError.self) { try GroupComparison(result: Self.table, target: "region") }
        #expect(throws: AnalysisError.self) {
            try GroupComparison(result: Self.table, target: "revenue", factor: "revenue")
        }
    }

    @Test(
        "auto picks the analysis a question asks for",
        arguments: [
            ("What will revenue look like next quarter?", AnalysisKind.forecast),
            ("Are there any unusual spikes in orders?", .anomalies),
            ("Compare revenue across regions", .comparison),
            ("How does North differ from South?", .comparison),
            ("Is revenue growing?", .trend),
            ("Show revenue over time", .trend),
            ("What are the key drivers of our sales performance?", .drivers),
            ("Why did sales change?", .drivers),
        ])
    func pick(question: String, kind: AnalysisKind) {
        #expect(AnalysisKind.pick(for: question) == kind)
    }
}
