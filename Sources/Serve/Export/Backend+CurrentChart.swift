import Engine
import Foundation

extension Backend {
    /// The chart recomputed from its data source's current data (file or warehouse) — the stored question asked
    /// again, the chart's type, title and options applied as stored — and the rows of its query.
    /// A source that was deleted answers 404; a question the current data no longer answers,
    /// `VALIDATION_ERROR` with the engine's message in `details.query`. `fixed` (an embed
    /// token's locked parameters) replaces the question's own conditions on those columns.
    func currentChart(_ record: ChartRecord, fixing fixed: FixedValues = FixedValues()) async throws -> (
        chart: ChartData, rows: QueryResult
    ) {
        guard let source = try await dataSources.find(id: record.dataSourceID, organizationID: record.organizationID)
        else {
            throw APIError(.resourceNotFound, "The chart's data source was deleted.")
        }
        let answer = try await answer(
            record.query, source: source, fixing: fixed, refusal: "The chart's question no longer fits its data: ")
        var chart = answer.chart
        chart.type = record.chartData.type
        chart = try ChartRequestValidation.apply(record.options, title: record.title, to: chart)
        chart.type = record.chartData.type
        return (chart, answer.rows)
    }
}

extension Backend {
    /// The chart as `fixed` values let it be seen: the stored drawing when nothing is fixed and
    /// `fresh` is off, else recomputed from the current data with the fixed values applied.
    func chartData(_ record: ChartRecord, fixing fixed: FixedValues, fresh: Bool = false) async throws -> ChartData {
        guard fresh || !fixed.isEmpty else { return record.chartData }
        return try await currentChart(record, fixing: fixed).chart
    }
}
