import Foundation
import HTTPTypes
import Testing

extension Client {
    static let salesCSV = """
        date,product,region,revenue
        2024-01-05,Alpha,North,100
        2024-01-20,Beta,South,50
        2024-02-03,Alpha,South,70
        2024-02-15,Beta,North,30
        2024-03-10,Alpha,North,120

        """

    /// Uploads the sales table as `sales_data`; answers its id.
    func uploadSales(token: String, name: String = "sales_data") async throws -> String {
        let r = try await upload("sales.csv", Self.salesCSV, token: token, fields: [("data_source_name", name)])
        try #require(r.status == .created, "\(r.body)")
        return try #require(r.data["data_source_id"] as? String)
    }

    /// Asks `query` of `source` and answers the new chart's id.
    func createChart(_ query: String, source: String, token: String, extra: [String: Any] = [:]) async throws -> String
    {
        var body: [String: Any] = ["query": query, "data_source": source]
        body.merge(extra) { _, b in b }
        let r = try await call(.post, "/api/v1/analytics/chart", token: token, json: body)
        try #require(r.status == .created, "\(r.body)")
        return try #require(r.data["chart_id"] as? String)
    }
}
