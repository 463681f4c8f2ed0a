import Foundation
import Testing

@testable import Engine

@Suite("Key drivers agree with scipy")
struct KeyDriversTests {
    struct Table: Decodable {
        var columns: [String]
        var rows: [[Cell]]
        var expected: [String: Expected]

        enum Cell: Decodable {
            case number(Double), text(String)
            init(from decoder: any Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let d = try? c.decode(Double.self) {
                    self = .number(d)
                } else {
                    self = .text(try c.decode(String.self))
                }
            }
        }

        enum Expected: Decodable {
            case values([String: Double]), number(Double)
            init(from decoder: any Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let d = try? c.decode(Double.self) {
                    self = .number(d)
                } else {
                    self = .values(try c.decode([String: Double].self))
                }
            }
            subscript(_ key: String) -> Double {
                if case .values(let v) = self { return v[key] ?? .nan } else { return .nan }
            }
        }
    }

    static func fixture() throws -> (QueryResult, Table) {
        let url = try StatsFixtures.url("drivers.json")
        let table = try JSONDecoder().decode(Table.self, from: Data(contentsOf: url))
        let types: [ColumnType] = [.date, .decimal, .decimal, .decimal, .string, .string, .integer]
        let rows = table.rows.map { row in
            row.map { cell -> SQLValue in
                switch cell {
                case .number(let d): return .real(d)
                case .text(let s): return .text(s)
                }
            }
        }
        let columns = zip(table.columns, types).map { QueryResult.Column(name: $0, type: $1) }
        return (QueryResult(columns: columns, rows: rows), table)
    }

    @Test("numeric, categorical and date factors with p-values, impact and confidence")
    func drivers() throws {
        let (result, table) = try Self.fixture()
        let report = try KeyDrivers.analyze(result: result, target: "sales")
        let byName = Dictionary(uniqueKeysWithValues: report.drivers.map { ($0.factor, $0) })
        let ad = try #require(byName["ad_spend"]), e = table.expected["ad_spend"]!
        #expect(StatsFixtures.close(ad.correlation, e["pearson"], relative: 1e-9))
        #expect(StatsFixtures.close(ad.pValue, e["pearson_p"], relative: 1e-6))
        #expect(StatsFixtures.close(ad.spearman ?? .nan, e["spearman"], relative: 1e-9))
        #expect(StatsFixtures.close(ad.spearmanPValue ?? .nan, e["spearman_p"], relative: 1e-6))
        #expect(ad.impact == .high && ad.method == "pearson" && ad.confidence == 1)
        let noise = try #require(byName["noise"]), en = table.expected["noise"]!
        #expect(StatsFixtures.close(noise.correlation, en["pearson"], relative: 1e-9))
        #expect(StatsFixtures.close(noise.confidence, 1 - en["pearson_p"], relative: 1e-9))
        #expect(noise.impact == .low)
        let region = try #require(byName["region"]), er = table.expected["region"]!
        #expect(region.method == "eta_squared")
        #expect(StatsFixtures.close(region.etaSquared ?? .nan, er["eta2"], relative: 1e-9))
        #expect(StatsFixtures.close(region.pValue, er["p"], relative: 1e-8))
        let month = try #require(byName["month"]), em = table.expected["month"]!
        #expect(month.method == "seasonality_month")
        #expect(StatsFixtures.close(month.etaSquared ?? .nan, em["eta2"], relative: 1e-9))
        #expect(StatsFixtures.close(month.pValue, em["p"], relative: 1e-8))
        #expect(report.drivers.first?.factor == "ad_spend")
        #expect(report.skipped.keys.sorted() == ["constant", "customer"])
    }

    @Test("correlation matrices of the numeric columns")
    func matrices() throws {
        let (result, table) = try Self.fixture()
        let report = try KeyDrivers.analyze(result: result, target: "sales")
        #expect(report.pearson.columns == ["sales", "ad_spend", "noise", "constant"])
        #expect(report.pearson.values[0][0] == 1)
        guard case .number(let r) = table.expected["ad_noise_pearson"]! else { Issue.record("fixture"); return }
        #expect(StatsFixtures.close(report.pearson.values[1][2] ?? .nan, r, relative: 1e-9))
        #expect(report.pearson.values[3][0] == nil)
        #expect(report.spearman.values[0][1].map { abs($0 - table.expected["ad_spend"]!["spearman"]) < 1e-9 } == true)
    }

    @Test("JSON uses the issue's snake_case keys")
    func json() throws {
        let (result, _) = try Self.fixture()
        let report = try KeyDrivers.analyze(result: result, target: "sales")
        let text = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        for key in [
            "\"factor\"", "\"method\"", "\"correlation\"", "\"p_value\"", "\"impact\":\"High\"", "\"confidence\"",
        ] {
            #expect(text.contains(key), "\(key)")
        }
    }

    @Test("unknown or non-numeric target gives a clear error")
    func badTarget() throws {
        let (result, _) = try Self.fixture()
        #expect(throws: StatsError.self) { try KeyDrivers.analyze(result: result, target: "nope") }
        #expect(throws: StatsError.self) { try KeyDrivers.analyze(result: result, target: "region") }
    }
}
