import Engine
import Foundation

/// `POST /analytics/chart`: a question about one data source (by id or name).
struct CreateChartRequest: Decodable, Sendable {
    let query: String
    let dataSource: String
    let chartType: String?
    let title: String?
    let options: [String: JSONValue]?
    let settings: ChartSettingsRequest?

    enum CodingKeys: String, CodingKey {
        case query, title, options, settings
        case dataSource = "data_source"
        case chartType = "chart_type"
    }

    /// The forced chart type (`nil`: auto), or `VALIDATION_ERROR` naming the allowed values.
    func forcedType() throws -> ChartType? {
        guard let chartType, chartType != "auto" else { return nil }
        guard let type = ChartType(rawValue: chartType) else {
            throw APIError.validation(
                "chart_type", "Use auto or one of " + ChartType.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return type
    }

    func validate() throws {
        // Lengths in Unicode code points, as JSON Schema counts them.
        guard query.unicodeScalars.count <= 1000, !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.validation("query", "1 to 1000 characters, not only spaces.")
        }
        guard !dataSource.isEmpty, dataSource.unicodeScalars.count <= 200 else {
            throw APIError.validation("data_source", "A data source id or name (1 to 200 characters).")
        }
        try ChartRequestValidation.title(title)
    }
}

/// `PUT /analytics/chart/{chart_id}`: new options and/or title; the chart is re-rendered.
struct UpdateChartRequest: Decodable, Sendable {
    let title: String?
    let options: [String: JSONValue]?
    let settings: ChartSettingsRequest?
}

/// A chart's `settings` in a create or update body; fields left out keep their value.
struct ChartSettingsRequest: Decodable, Sendable {
    /// Public sharing of the chart's page (`/charts/{chart_id}`).
    let isPublic: Bool?

    enum CodingKeys: String, CodingKey {
        case isPublic = "public"
    }
}

/// Checks shared by the create and update bodies.
enum ChartRequestValidation {
    static func title(_ title: String?) throws {
        if let title, !(1...200).contains(title.unicodeScalars.count) {
            throw APIError.validation("title", "1 to 200 characters.")
        }
    }

    /// The chart options (`theme`, `legend`, `stacked`, … as in `ChartOptions`) read from the
    /// free-form `options` object; other keys (`interactive`, `export_formats`) are kept as sent.
    static func chartOptions(_ options: [String: JSONValue]) throws -> ChartOptions {
        do {
            // The one remaining JSON round trip: the free-form options are stored as sent and
            // read as ChartOptions through its Codable (there is no JSONValue decoder).
            return try JSONCoding.decode(ChartOptions.self, from: JSONCoding.encode(options))
        } catch let error as DecodingError {
            let field =
                JSONBody.details(of: error).keys.first.map { $0 == "body" ? "options" : "options." + $0 } ?? "options"
            throw APIError.validation(field, "Not a valid chart option.")
        }
    }

    /// `options` applied to `chart`, titled `title`.
    static func apply(_ options: [String: JSONValue], title: String?, to chart: ChartData) throws -> ChartData {
        var out = chart
        out.options = try chartOptions(options)
        out.options.title = title ?? out.options.title ?? chart.options.title
        return out
    }
}
