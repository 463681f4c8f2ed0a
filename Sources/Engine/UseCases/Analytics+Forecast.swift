extension Analytics {
    /// Forecasts column `spec.y` of the default table over the dates in `spec.x`: the series is
    /// prepared (`SeriesPreparation`: spacing detected, repeated dates summed, missing periods
    /// interpolated and reported) and the spec's model fitted (`ForecastSpec.report(for:name:)`).
    /// Without `x`, the first date column is used; without `y`, the first other numeric column.
    /// Throws `ForecastSpecError` for a spec out of range, `AnalysisError` for data that cannot
    /// be a series and `StatsError` for a series the model cannot fit.
    public func forecast(_ spec: ForecastSpec) throws -> ForecastReport {
        try spec.validate()
        let rows = try self.rows()
        let x = try spec.x ?? Self.dateColumn(of: rows)
        let y: String
        if let name = spec.y {
            y = name
        } else if let found = rows.columns.first(where: { $0.name != x && $0.type.isNumeric }) {
            y = found.name
        } else {
            throw AnalysisError("there is no numeric column to forecast")
        }
        let series = try SeriesPreparation.prepare(rows, x: x, y: y)
        return try spec.report(for: series, name: rows.index(of: y).map { rows.columns[$0].name } ?? y)
    }

    /// The first column typed as dates, else the first text column whose first value reads as one.
    static func dateColumn(of rows: QueryResult) throws -> String {
        if let c = rows.columns.first(where: { $0.type.isTemporal }) { return c.name }
        let found = rows.columns.indices.first { i in
            rows.columns[i].type == .string
                && rows.rows.first { !$0[i].isNull }.flatMap { SeriesPreparation.date(of: $0[i]) } != nil
        }
        guard let found else { throw AnalysisError("there is no date column to forecast over") }
        return rows.columns[found].name
    }
}
