import Foundation
import TestSupport
import Testing

@Suite("aiser forecast")
struct ForecastCommandTests {
    /// 36 months from 2021-01 of 100 + 2t + 10·sin(2πt/12) + a deterministic wobble.
    static var seasonalCSV: String {
        var lines = ["month,sales,region"]
        for t in 0..<36 {
            let v = 100 + 2 * Double(t) + 10 * sin(2 * Double.pi * Double(t) / 12) + Double((t * 7) % 5) - 2
            lines.append(String(format: "%04d-%02d-01,%.3f,North", 2021 + t / 12, t % 12 + 1, v))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json(_ r: AiserBinary.Output) throws -> [String: Any] {
        try #require(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("auto ARIMA on seasonal monthly data is seasonal; it prints the dated forecast, chart data and insights")
    func autoArima() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.seasonalCSV)
        let j = try json(
            try AiserBinary.run(["forecast", "--data", data, "--x", "month", "--y", "sales", "--periods", "6"]))
        #expect(
            Set(j.keys).isSuperset(of: [
                "model", "order", "seasonal_order", "aic", "n_obs", "params", "forecast", "chart_data", "insights",
            ]))
        #expect(j["model"] as? String == "sarima")
        #expect(j["n_obs"] as? Int == 36)
        #expect((j["order"] as? [Int])?.count == 3)
        let seasonal = try #require(j["seasonal_order"] as? [Int])
        #expect(seasonal.count == 4 && seasonal[1] == 1 && seasonal[3] == 12)
        #expect(j["aic"] is Double)
        let points = try #require(j["forecast"] as? [[String: Any]])
        #expect(
            points.compactMap { $0["date"] as? String } == [
                "2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01",
            ])
        for p in points {
            let lo = try #require(p["lower"] as? Double), m = try #require(p["mean"] as? Double),
                hi = try #require(p["upper"] as? Double)
            #expect(lo < m && m < hi)
        }
        let chart = try #require(j["chart_data"] as? [String: Any])
        #expect(chart["type"] as? String == "forecast")
        let body = try #require(chart["data"] as? [String: Any])
        #expect((body["labels"] as? [String])?.count == 42)
        #expect((body["labels"] as? [String])?[36] == "2024-01-01")
        let roles = (body["datasets"] as? [[String: Any]])?.compactMap { $0["role"] as? String }
        #expect(roles == ["actual", "forecast", "lower", "upper"])
        let insights = try #require(j["insights"] as? [String])
        #expect(insights.first == "Fitted on 36 monthly values of sales from 2021-01-01 to 2023-12-01.")
        #expect(insights.contains { $0.hasPrefix("D = 1: the seasonal strength over period 12") })
        #expect(insights.contains { $0.hasPrefix("d = ") && $0.contains("KPSS") })
        #expect(insights.contains { $0.hasPrefix("The 95 % interval for 2024-06-01 runs from") })
    }

    @Test("Holt-Winters takes the 12-month season by default; a linear trend on an exact line extends it exactly")
    func otherModels() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.seasonalCSV)
        let hw = try json(
            try AiserBinary.run([
                "forecast", "--data", data, "--x", "month", "--y", "sales", "--model", "holt-winters", "--periods", "3",
            ]))
        #expect(hw["model"] as? String == "holt-winters")
        #expect(hw["order"] is NSNull)
        #expect((hw["insights"] as? [String])?.contains { $0.contains("period 12") } == true)
        var line = ["q,units"]
        for t in 0..<8 { line.append("\(2020 + t / 4)-Q\(t % 4 + 1),\(5 + 3 * t)") }
        let qdata = try dir.write("units.csv", line.joined(separator: "\n") + "\n")
        let lin = try json(
            try AiserBinary.run([
                "forecast", "--data", qdata, "--x", "q", "--y", "units", "--model", "linear", "--periods", "2",
            ]))
        let points = try #require(lin["forecast"] as? [[String: Any]])
        #expect(points.compactMap { $0["date"] as? String } == ["2022-01-01", "2022-04-01"])
        let means = points.compactMap { $0["mean"] as? Double }
        #expect(means.count == 2 && abs(means[0] - 29) < 1e-9 && abs(means[1] - 32) < 1e-9)
    }

    @Test("repeated dates are summed, a missing month is interpolated and both are reported")
    func gapsAndMerging() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var csv = "day,amount\n"
        for m in 1...12 where m != 7 {
            csv += "2023-\(m < 10 ? "0" : "")\(m)-03,\(10 * m)\n2023-\(m < 10 ? "0" : "")\(m)-20,5\n"
        }
        csv += "2023-05-09,\n"
        let data = try dir.write("orders.csv", csv)
        let j = try json(
            try AiserBinary.run([
                "forecast", "--data", data, "--x", "day", "--y", "amount", "--model", "linear", "--periods", "1",
            ]))
        #expect(j["frequency"] as? String == "month")
        #expect(j["gaps"] as? [String] == ["2023-07-01"])
        #expect(j["n_obs"] as? Int == 12)
        #expect((j["forecast"] as? [[String: Any]])?.first?["date"] as? String == "2024-01-01")
        let insights = try #require(j["insights"] as? [String])
        #expect(insights.contains("11 rows shared a month with another row and were summed into monthly totals."))
        #expect(insights.contains("1 row was left out because the date or amount was empty."))
        #expect(insights.contains("1 missing month (2023-07-01) was filled by linear interpolation."))
        let history =
            (j["chart_data"] as? [String: Any]).flatMap {
                ($0["data"] as? [String: Any])?["datasets"] as? [[String: Any]]
            }?.first?["data"] as? [Any]
        #expect(history?[6] as? Double == 75)
    }

    @Test("the forecast chart renders to SVG and PNG")
    func charts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.seasonalCSV)
        let svgPath = dir.path("f.svg"), pngPath = dir.path("f.png")
        let base = [
            "forecast", "--data", data, "--x", "month", "--y", "sales", "--model", "sarima", "--order", "0,1,1",
            "--seasonal", "0,1,1,12",
        ]
        let r1 = try AiserBinary.run(base + ["--out", svgPath])
        #expect(r1.status == 0, "\(r1.stderr)")
        let svg = try String(contentsOfFile: svgPath, encoding: .utf8)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("class=\"band\""))
        #expect(svg.contains("sales: sarima forecast"))
        let r2 = try AiserBinary.run(base + ["--format", "png", "--out", pngPath])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: pngPath)).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test(
        "bad input gives one clear line and exit status 1",
        arguments: [
            (["--y", "sales"], "short.csv", "automatic ARIMA needs at least 8 values but the series has 5."),
            (
                ["--y", "flat", "--model", "linear"], "short.csv",
                "linear-trend forecast cannot be computed on a constant series."
            ),
            (["--y", "region"], "short.csv", "--y column \"region\" is not numeric"),
            (
                ["--y", "revenue"], "short.csv",
                "--y names no column \"revenue\"; the columns are month, sales, flat, region"
            ),
            (["--y", "sales"], "missing.csv", "missing.csv: no such file"),
        ])
    func badInput(_ args: [String], _ file: String, _ message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var csv = "month,sales,flat,region\n"
        for m in 1...5 { csv += "2024-0\(m)-01,\(m * m),7,North\n" }
        try dir.write("short.csv", csv)
        let r = try AiserBinary.run(["forecast", "--data", dir.path(file), "--x", "month"] + args)
        #expect(r.status == 1)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test("unknown models and malformed orders are rejected before loading")
    func validation() throws {
        let r = try AiserBinary.run(["forecast", "--data", "x.csv", "--x", "a", "--y", "b", "--model", "prophet"])
        #expect(r.status != 0)
        #expect(
            r.stderr.contains(
                "--model must be one of auto, arima, sarima, ets, holt-winters, holt, linear, moving-average"))
        let o = try AiserBinary.run(["forecast", "--data", "x.csv", "--x", "a", "--y", "b", "--order", "1,x,1"])
        #expect(o.stderr.contains("--order takes 3 non-negative integers"))
        let base = ["forecast", "--data", "x.csv", "--x", "a", "--y", "b"]
        let drift = try AiserBinary.run(base + ["--drift"])
        #expect(drift.stderr.contains("--drift needs a given order"), "\(drift.stderr)")
        let holt = try AiserBinary.run(base + ["--model", "holt", "--order", "1,1,1"])
        #expect(holt.stderr.contains("--order applies only to the arima and sarima models, not holt"), "\(holt.stderr)")
        let transform = try AiserBinary.run(base + ["--transform", "sqrt"])
        #expect(transform.stderr.contains("--transform must be none, log or auto, not \"sqrt\""), "\(transform.stderr)")
        let season = try AiserBinary.run(base + ["--seasonal", "0,1,1,1"])
        #expect(season.stderr.contains("--seasonal must have a season s of at least 2, got 1"), "\(season.stderr)")
    }

    @Test("auto picks between automatic (S)ARIMA and automatic ETS by a holdout; holt_winters is holt-winters")
    func autoModelAndSpellings() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("sales.csv", Self.seasonalCSV)
        let base = ["forecast", "--data", data, "--x", "month", "--y", "sales", "--periods", "3"]
        let auto = try json(try AiserBinary.run(base + ["--model", "auto"]))
        let model = try #require(auto["model"] as? String)
        #expect(["arima", "sarima", "ets"].contains(model))
        let first = try #require((auto["insights"] as? [String])?.dropFirst().first)
        #expect(first.hasPrefix("Model "))
        #expect(first.contains("the lowest mean absolute error forecasting the last season (12 values)"))
        #expect(first.contains("ETS(A,") && first.contains("arima (") && first.contains("runner-up"))
        let underscore = try json(try AiserBinary.run(base + ["--model", "holt_winters"]))
        let hyphen = try json(try AiserBinary.run(base + ["--model", "holt-winters"]))
        #expect(underscore["model"] as? String == "holt-winters")
        #expect(
            (underscore["forecast"] as? [[String: Any]])?.compactMap { $0["mean"] as? Double }
                == (hyphen["forecast"] as? [[String: Any]])?.compactMap { $0["mean"] as? Double })
    }
}
