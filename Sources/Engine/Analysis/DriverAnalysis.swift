/// Key drivers of a target with the sentences read off them: the JSON of `aiser analyze` and
/// the API's `intelligent-analysis` results.
public struct DriverAnalysis: Sendable, Equatable, Encodable {
    public var target: String
    public var rows: Int
    public var keyDrivers: [KeyDriver]
    public var correlations: Correlations
    /// Columns that could not be analysed, with the reason.
    public var skipped: [String: String]
    public var insights: [String]
    public var recommendations: [String]

    /// The Pearson and Spearman matrices of the numeric columns.
    public struct Correlations: Sendable, Equatable, Encodable {
        public var pearson: CorrelationMatrix
        public var spearman: CorrelationMatrix
    }

    enum CodingKeys: String, CodingKey {
        case target, rows, correlations, skipped, insights, recommendations
        case keyDrivers = "key_drivers"
    }

    /// Runs `KeyDrivers.analyze` on `result` and derives the insights and recommendations.
    init(result: QueryResult, target: String) throws {
        let report = try KeyDrivers.analyze(result: result, target: target)
        self.target = report.target
        rows = result.rows.count
        keyDrivers = report.drivers
        correlations = Correlations(pearson: report.pearson, spearman: report.spearman)
        skipped = report.skipped
        insights = DriverInsights.insights(report)
        recommendations = DriverInsights.recommendations(report)
    }
}
