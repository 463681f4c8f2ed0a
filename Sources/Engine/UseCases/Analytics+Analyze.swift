extension Analytics {
    /// Analyses one numeric column of the default table: its key drivers, a comparison across
    /// the groups of a text column, or its trend, forecast or anomalies over the date column.
    /// The kind is picked from the question unless given; so is the target column.
    public func analyze(_ request: AnalysisQuestion) throws -> AnalysisOutcome {
        let rows = try self.rows()
        let numeric = rows.columns.filter { $0.type.isNumeric }.map(\.name)
        let target: String
        if let t = request.target {
            guard numeric.contains(t) else {
                throw AnalyzeError(
                    .target, "Not a numeric column; numeric columns: " + numeric.joined(separator: ", ") + ".")
            }
            target = t
        } else if let t = self.target(of: request.question, numeric: numeric) {
            target = t
        } else {
            throw AnalyzeError(
                .question,
                "Name the numeric column to explain (or set target); numeric columns: "
                    + numeric.joined(separator: ", ") + ".")
        }
        let kind = request.kind ?? AnalysisKind.pick(for: request.question)
        var outcome = AnalysisOutcome(
            name: "key_drivers", target: target, rows: rows.rows.count, insights: [], recommendations: [])
        switch kind {
        case .comparison:
            let comparison: GroupComparison
            do {
                let factor = GroupComparison.factor(in: request.question, columns: rows.columns)
                comparison = try GroupComparison(result: rows, target: target, factor: factor)
            } catch let e as AnalysisError {
                throw AnalyzeError(.data, e.message)
            }
            outcome.name = "comparison"
            outcome.output = comparison.json
            outcome.insights = comparison.insights
            outcome.recommendations = comparison.recommendations
        case .drivers:
            let analysis: DriverAnalysis
            do {
                analysis = try drivers(of: target, rows: rows)
            } catch let e as StatsError {
                throw AnalyzeError(.data, e.description)
            }
            outcome.drivers = analysis.keyDrivers.filter { $0.confidence >= request.minimumConfidence }
            outcome.insights = analysis.insights
            outcome.recommendations = analysis.recommendations
        case .trend, .forecast, .anomalies:
            let step = Self.seriesStep(kind)
            let document = WorkflowDocument(steps: [
                .init(
                    type: "data_preparation",
                    parameters: ["value_column": .string(target), "cleaning_rules": .array([.string("fill_missing")])]),
                step,
            ])
            let result: JSONValue
            do {
                result = try WorkflowRunner(table: rows, tableName: table).run(document)
            } catch let e as AnalysisError {
                throw AnalyzeError(.data, e.message)
            }
            guard case .object(let fields) = result, case .array(let steps)? = fields["steps"],
                case .object(let last)? = steps.last, let output = last["output"]
            else { throw AnalyzeError(.data, "The analysis produced no result.") }
            outcome.name = step.type
            outcome.output = output
            if case .object(let o) = output {
                if case .string(let s)? = o["insight"] { outcome.insights.append(s) }
                if case .array(let list)? = o["insights"] {
                    for case .string(let s) in list { outcome.insights.append(s) }
                }
            }
        }
        return outcome
    }

    /// The key drivers of the numeric column `target` of the default table (`rows`: its rows, when
    /// already read): correlations, group effects and seasonality with p-values, insights and
    /// recommendations. Throws `StatsError` when the data cannot support them.
    public func drivers(of target: String, rows: QueryResult? = nil) throws -> DriverAnalysis {
        try DriverAnalysis(result: try rows ?? self.rows(), target: target)
    }

    /// The workflow step a time-series analysis runs after preparing the target by date.
    static func seriesStep(_ kind: AnalysisKind) -> WorkflowDocument.Step {
        switch kind {
        case .trend: return .init(type: "trend_analysis", parameters: ["method": .string("linear")])
        case .anomalies: return .init(type: "anomaly_detection")
        default: return .init(type: "forecasting")
        }
    }
}
