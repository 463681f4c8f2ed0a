import Foundation
import Testing

@testable import Engine

@Suite("Correlations, ANOVA and seasonality match scipy")
struct AssociationTests {
    @Test("Pearson and Spearman (tied ranks) with p-values")
    func correlations() throws {
        let cases = try StatsFixtures.table("correlation")
        #expect(cases.count == 4)
        for c in cases {
            let x = try StatsFixtures.values("macro_" + (c["x"] as? String ?? ""))
            let yName = (c["y"] as? String ?? "").replacingOccurrences(of: "_rounded", with: "")
            let y = try StatsFixtures.values("macro_" + yName).map { $0.rounded(.toNearestOrEven) }
            let p = try Correlation.pearson(x, y), s = try Correlation.spearman(x, y)
            #expect(StatsFixtures.close(p.coefficient, c["pearson"] as? Double ?? .nan, relative: 1e-9))
            #expect(StatsFixtures.close(p.pValue, c["pearson_p"] as? Double ?? .nan, relative: 1e-6))
            #expect(StatsFixtures.close(s.coefficient, c["spearman"] as? Double ?? .nan, relative: 1e-9))
            #expect(StatsFixtures.close(s.pValue, c["spearman_p"] as? Double ?? .nan, relative: 1e-6))
        }
        #expect(Correlation.ranks([10, 20, 10, 30]) == [1.5, 3, 1.5, 4])
    }

    @Test("eta squared and the one-way ANOVA F test")
    func anova() throws {
        let c = try #require(try StatsFixtures.table("anova").first)
        let y = try StatsFixtures.values("elnino")
        let result = try OneWayANOVA(values: y, groups: y.indices.map { $0 % 12 })
        #expect(StatsFixtures.close(result.f, c["f"] as? Double ?? .nan, relative: 1e-9))
        #expect(StatsFixtures.close(result.pValue, c["p"] as? Double ?? .nan, relative: 1e-6))
        #expect(StatsFixtures.close(result.etaSquared, c["eta2"] as? Double ?? .nan, relative: 1e-9))
    }

    @Test("seasonality is strong for monthly El Niño and absent for shuffled months")
    func seasonality() throws {
        let y = try StatsFixtures.values("elnino")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = try #require(calendar.date(from: DateComponents(year: 1996, month: 1, day: 1)))
        let dates = y.indices.map { calendar.date(byAdding: .month, value: $0, to: start)! }
        let monthly = try Seasonality(dates: dates, values: y, period: .month)
        #expect(monthly.strength > 0.6 && monthly.pValue < 1e-20)
        #expect(monthly.profile.count == 12)
        let quarterly = try Seasonality(dates: dates, values: y, period: .quarter)
        #expect(quarterly.profile.count == 4 && quarterly.strength < monthly.strength)
        // Same values, labels that ignore the calendar: no seasonal signal.
        let noise = try Seasonality(values: y, seasons: y.indices.map { ($0 / 12) % 2 }, period: .month)
        #expect(noise.strength < 0.05)
    }

    @Test("constant and mismatched input give clear errors")
    func errors() {
        #expect(throws: StatsError.constantSeries(method: "correlation")) {
            try Correlation.pearson([1, 2, 3], [4, 4, 4])
        }
        #expect(throws: StatsError.lengthMismatch(method: "correlation", first: 3, second: 2)) {
            try Correlation.spearman([1, 2, 3], [1, 2])
        }
        #expect(throws: StatsError.self) { try OneWayANOVA(values: [1, 2, 3], groups: ["a", "a", "a"]) }
    }
}
