import Foundation
import HTTPTypes
import TestSupport
import Testing

@testable import Serve

@Suite("One answer through every surface")
struct AskSurfacesTests {
    /// Amounts whose sums carry binary noise (`0.1 + 0.2`).
    static let csv = """
        date,region,revenue
        2024-01-05,North,0.1
        2024-01-20,North,0.2
        2024-02-03,South,1.1
        2024-02-10,South,2.2
        2024-03-01,North,5
        """

    @Test("aiser ask --format json and POST /analytics/chart give the same chart_data for the same question")
    func sameChartData() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("sales.csv", Self.csv)
        let question = "total revenue by month"
        let cli = try AiserBinary.run(["ask", question, "--data", file, "--format", "json"])
        #expect(cli.status == 0, "\(cli.stderr)")
        let answer = try #require(JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
        let fromCLI = try Self.canonical(try #require(answer["chart_data"]))

        try await TestServer().test { c in
            let platform = try await c.adminToken()
            let org = try await c.organization("Acme", adminToken: platform)
            let up = try await c.upload(
                "sales.csv", Self.csv, token: org.token, fields: [("data_source_name", "sales")])
            let source = try #require(up.data["data_source_id"] as? String, "\(up.body)")
            let r = try await c.call(
                .post, "/api/v1/analytics/chart", token: org.token, json: ["query": question, "data_source": source])
            #expect(r.status == .created, "\(r.body)")
            let chart = try #require(r.data["chart_data"] as? [String: Any])
            let fromAPI = try Self.canonical(chart)
            #expect(fromCLI == fromAPI)
            // Both write sums by JSONNumber's rule: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
            for text in [cli.stdout, r.body] {
                #expect(text.contains("[0.3,3.3,5]"), "\(text)")
            }
            let options = try #require(chart["options"] as? [String: Any])
            #expect(options["title"] as? String == "Sum of revenue by month")
        }
    }

    /// A parsed JSON value written again with sorted keys: equal texts mean equal values.
    static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }
}
