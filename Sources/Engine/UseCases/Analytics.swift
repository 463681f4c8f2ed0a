import Foundation

/// The use cases of Aiser over one loaded source — the layer every surface adapts. The CLI
/// commands, the REST controllers, the Generator's blocks and the dev server parse their input,
/// call one of these, and encode the typed result (charts are always `ChartData`):
///
/// | use case | result |
/// |---|---|
/// | `ask(_:)` | `Answer`: SQL, `ChartData`, insights, interpretation |
/// | `chart(_:options:)` | `ChartData` from an encoding (`ChartQuery`) |
/// | `query(_:)`, `query(sql:limits:)` | `QueryResult` of the query model or read-only SQL |
/// | `profile(table:)` | `TableProfile` |
/// | `analyze(_:)` | `AnalysisOutcome`: drivers, comparison or a time-series analysis |
/// | `workflow(_:table:)` | the workflow run as `JSONValue` |
///
/// Forecasts (`forecast(ForecastSpec)`) join them in `Analytics+Forecast.swift`.
///
/// ```swift
/// let analytics = try Analytics.readOnly(path: "orders.sqlite", table: "orders")
/// let answer = try analytics.ask("total revenue by month")
/// let bytes = try JSONCoding.encode(answer.chart)
/// ```
///
/// Every call is synchronous and blocking (SQLite): servers call it off the cooperative pool.
public struct Analytics {
    /// The database holding the source's tables.
    public let connection: Connection
    /// The tables the use cases work on, in the order they were loaded; the first is the default.
    public let tables: [String]

    /// Use cases over `tables` of an open connection.
    public init(connection: Connection, tables: [String]) {
        self.connection = connection
        self.tables = tables
    }

    /// Use cases over one table of a SQLite file opened read-only (an uploaded data source).
    public static func readOnly(path: String, table: String) throws -> Analytics {
        Analytics(connection: try Connection(path: path, mode: .readOnly), tables: [table])
    }

    /// The default table: the first one loaded.
    public var table: String { tables.first ?? "" }
}
