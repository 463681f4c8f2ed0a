import Foundation
import TestSupport
import Testing

@Suite("aiser analyze")
struct AnalyzeCommandTests {
    /// revenue = 50 + 4·ads + 30 for North + (13t mod 7); noise is unrelated to revenue by design.
    static let rows: [(ads: Double, region: String, noise: Double, revenue: Double)] = (0..<40).map { t in
        let ads = Double(t), north = t % 2 == 0
        return (
            ads, north ? "North" : "South", Double((t * 37) % 11),
            50 + 4 * ads + (north ? 30 : 0) + Double((t * 13) % 7)
        )
    }

    static var csv: String {
        "ads,region,noise,revenue\n"
            + rows.map { "\(Int($0.ads)),\($0.region),\(Int($0.noise)),\(Int($0.revenue))\n" }.joined()
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        let sxy = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let sxx = x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +), syy = y.map { ($0 - my) * ($0 - my) }.reduce(0, +)
        return sxy / (sxx * syy).squareRoot()
    }

    @Test("JSON lists each driver with method, correlation, p-value, impact and confidence, plus matrices and text")
    func json() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.csv)
        let r = try AiserBinary.run(["analyze", "--data", data, "--target", "revenue", "--format", "json"])
        try #require(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["target"] as? String == "revenue")
        #expect(j["rows"] as? Int == 40)
        let drivers = try #require(j["key_drivers"] as? [[String: Any]])
        #expect(drivers.first?["factor"] as? String == "ads")
        let ads = try #require(drivers.first)
        for key in ["factor", "method", "correlation", "p_value", "impact", "confidence"] {
            #expect(ads[key] != nil, "\(key)")
        }
        let expected = Self.pearson(Self.rows.map(\.ads), Self.rows.map(\.revenue))
        #expect(abs((ads["correlation"] as? Double ?? 0) - expected) < 1e-9)
        #expect(ads["method"] as? String == "pearson")
        #expect(ads["impact"] as? String == "High")
        let region = try #require(drivers.first { $0["factor"] as? String == "region" })
        #expect(region["method"] as? String == "eta_squared")
        let pearson = try #require((j["correlations"] as? [String: Any])?["pearson"] as? [String: Any])
        #expect(pearson["columns"] as? [String] == ["revenue", "ads", "noise"])
        let insights = try #require(j["insights"] as? [String])
        #expect(
            insights.contains {
                $0.hasPrefix(
                    "ads is a high-impact driver: revenue rises as ads rises (Pearson r = \(String(format: "%.3f", expected))"
                )
            })
        let recs = try #require(j["recommendations"] as? [String])
        #expect(recs.first?.hasPrefix("Prioritise ads: higher values go with higher revenue") == true)
    }

    @Test("the default text output shows the driver table, insights and recommendations")
    func text() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.csv)
        let r = try AiserBinary.run(["analyze", "--data", data, "--target", "revenue"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Key drivers of revenue (40 rows)"))
        #expect(r.stdout.contains("\nInsights\n- "))
        #expect(r.stdout.contains("\nRecommendations\n- "))
    }

    @Test(
        "a non-numeric or unknown target is one clear error line",
        arguments: [
            ("region", "--target column \"region\" is not numeric"),
            ("profit", "--target names no column \"profit\"; the columns are ads, region, noise, revenue"),
        ])
    func badTarget(_ target: String, _ message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.csv)
        let r = try AiserBinary.run(["analyze", "--data", data, "--target", target])
        #expect(r.status == 1)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
