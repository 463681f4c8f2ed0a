import Foundation
import TestSupport
import Testing

@Suite("aiser workflow")
struct WorkflowCommandTests {
    /// 30 months from 2022-01; month 2023-03 is missing, 2023-06 is a spike of 1000 and
    /// 2022-02 appears twice (an exact duplicate row).
    static var csv: String {
        var lines = ["date,sales"]
        for t in 0..<30 where t != 14 {
            let v = t == 17 ? 1000 : 100 + 2 * t + (t % 3)
            lines.append(String(format: "%04d-%02d-15,%d", 2022 + t / 12, t % 12 + 1, v))
            if t == 1 { lines.append(lines.last ?? "") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let document = """
        {"workflow_name": "sales_forecasting", "steps": [
          {"step": 1, "type": "data_preparation", "parameters": {"data_source": "sales_data", "time_range": "last_24_months",
            "cleaning_rules": ["deduplicate", "remove_outliers", "fill_missing"]}},
          {"step": 2, "type": "trend_analysis", "parameters": {"method": "moving_average", "window_size": 3}},
          {"step": 3, "type": "anomaly_detection", "parameters": {"method": "zscore", "threshold": 3}},
          {"step": 4, "type": "forecasting", "parameters": {"model": "linear", "forecast_periods": 3, "confidence_interval": 0.9}}
        ], "options": {"parallel_execution": true, "save_intermediate_results": true}}
        """

    func run(_ doc: String, in dir: TemporaryDirectory) throws -> AiserBinary.Output {
        let data = try dir.write("sales.csv", Self.csv)
        let wf = try dir.write("wf.json", doc)
        return try AiserBinary.run(["workflow", "--data", data, wf])
    }

    @Test("each step consumes the previous one's series and the last step is the result")
    func pipeline() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let r = try run(Self.document, in: dir)
        try #require(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["workflow_name"] as? String == "sales_forecasting")
        let steps = try #require(j["steps"] as? [[String: Any]])
        #expect(
            steps.compactMap { $0["type"] as? String } == [
                "data_preparation", "trend_analysis", "anomaly_detection", "forecasting",
            ])
        let prep = try #require(steps[0]["output"] as? [String: Any])
        #expect(prep["duplicates_removed"] as? Int == 1)
        #expect(prep["rows_outside_time_range"] as? Int == 6)  // 2022-01…2022-06 (2022-02 once after dedup)
        #expect(prep["outliers_removed"] as? [String] == ["2023-06-15"])
        #expect(prep["missing_periods"] as? Int == 2)
        #expect(prep["grain"] as? String == "month")
        let series = try #require(prep["series"] as? [[String: Any]])
        #expect(series.count == 24)
        #expect(series.first?["date"] as? String == "2022-07-15")
        // 2023-03 (t = 14) interpolated between t = 13 (127) and t = 15 (130).
        #expect(series.first { $0["date"] as? String == "2023-03-15" }?["value"] as? Double == 128.5)
        let ma = try #require((steps[1]["output"] as? [String: Any])?["values"] as? [[String: Any]])
        #expect(ma[0]["value"] is NSNull)
        let expectedMA =
            ((series[0]["value"] as? Double ?? 0) + (series[1]["value"] as? Double ?? 0)
                + (series[2]["value"] as? Double ?? 0)) / 3
        #expect(abs((ma[2]["value"] as? Double ?? 0) - expectedMA) < 1e-9)
        #expect((steps[2]["output"] as? [String: Any])?["count"] as? Int == 0)
        let result = try #require(j["result"] as? [String: Any])
        #expect(result["model"] as? String == "linear")
        #expect(
            (result["forecast"] as? [[String: Any]])?.compactMap { $0["date"] as? String } == [
                "2024-07-15", "2024-08-15", "2024-09-15",
            ])
        #expect(result["confidence"] as? Double == 0.9)
    }

    @Test(
        "invalid documents name the step and the field",
        arguments: [
            (#"{"steps": [{"type": "clustering"}]}"#, "step 1 (clustering): unknown step type \"clustering\""),
            (
                #"{"steps": [{"step": 2, "type": "trend_analysis", "parameters": {"window_size": "three"}}]}"#,
                "step 2 (trend_analysis): parameter window_size must be an integer from 1 to 10000, got \"three\""
            ),
            (
                #"{"steps": [{"type": "forecasting", "parameters": {"horizon": 3}}]}"#,
                "step 1 (forecasting): unknown parameter \"horizon\""
            ),
            (
                #"{"steps": [{"type": "data_preparation", "parameters": {"time_range": "recent"}}]}"#,
                "step 1 (data_preparation): parameter time_range must be like last_24_months"
            ),
            (
                #"{"steps": [{"type": "forecasting"}]}"#,
                "step 1 (forecasting): the series has 1 missing months; add fill_missing"
            ),
            (#"{"steps": [{"parameters": {}}]}"#, "missing field \"steps[0].type\""),
            (#"{"steps": []}"#, "the workflow has no steps"),
        ])
    func invalid(_ doc: String, _ message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let r = try run(doc, in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
