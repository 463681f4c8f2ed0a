/// The result of `Analytics.analyze`: which analysis ran on which column, its numbers, and the
/// insights and recommendations stated from them.
public struct AnalysisOutcome: Sendable, Encodable {
    /// `key_drivers`, `comparison`, or the workflow step of a time-series analysis
    /// (`trend_analysis`, `forecasting`, `anomaly_detection`).
    public var name: String
    /// The numeric column analysed.
    public var target: String
    /// Rows read.
    public var rows: Int
    /// Key drivers at or above the requested confidence (`key_drivers` only).
    public var drivers: [KeyDriver]?
    /// The comparison or the time-series step's output.
    public var output: JSONValue?
    public var insights: [String]
    public var recommendations: [String]
}
