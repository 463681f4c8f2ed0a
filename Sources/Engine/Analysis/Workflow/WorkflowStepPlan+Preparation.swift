/// `data_preparation`: pick the date and value columns, drop duplicate rows, keep the asked-for
/// time range (relative to the data's last date), build the series at its natural grain, take
/// out outliers (Tukey's 1.5×IQR rule on the period values) and interpolate missing periods.
extension WorkflowStepPlan {
    static func prepare(_ table: QueryResult, tableName: String, _ p: Preparation, label: String) throws -> (
        WorkflowSeries, JSONValue
    ) {
        let dateIndex = try dateColumn(table, p.dateColumn, label: label)
        let valueIndex = try valueColumn(table, p.valueColumn, excluding: dateIndex, label: label)
        var rows = table.rows
        var duplicates = 0
        if p.rules.contains("deduplicate") {
            var seen = Set<[SQLValue]>()
            rows = rows.filter { seen.insert($0).inserted }
            duplicates = table.rows.count - rows.count
        }
        var outOfRange = 0
        if let range = p.timeRange {
            let dates = rows.map { SeriesPreparation.date(of: $0[dateIndex])?.date }
            if let last = dates.compactMap({ $0 }).max() {
                let cutoff = Self.cutoff(last, range)
                let kept = zip(rows, dates).filter { ($0.1 ?? last) > cutoff }.map(\.0)
                outOfRange = rows.count - kept.count
                rows = kept
            }
        }
        let dateName = table.columns[dateIndex].name, valueName = table.columns[valueIndex].name
        let projected = QueryResult(
            columns: [table.columns[dateIndex], table.columns[valueIndex]],
            rows: rows.map { [$0[dateIndex], $0[valueIndex]] })
        let prepared: PreparedSeries
        do {
            prepared = try SeriesPreparation.prepare(projected, x: dateName, y: valueName)
        } catch let e as AnalysisError {
            throw AnalysisError("\(label): \(e.message)")
        }
        var series = WorkflowSeries(prepared: prepared, missing: Set(prepared.gaps), valueName: valueName)
        var outliers: [String] = []
        if p.rules.contains("remove_outliers") {
            let observed = series.observed
            if observed.count >= 4 {
                outliers = try Outliers.iqr(observed.map(\.1)).map { observed[$0].0 }
                series.missing.formUnion(outliers)
            }
        }
        let missing = series.missing.count
        if p.rules.contains("fill_missing") { series.fillMissing() }
        let out: JSONValue = .object([
            "data_source": .string(tableName), "date_column": .string(dateName), "value_column": .string(valueName),
            "rows_in": .number(Double(table.rows.count)), "duplicates_removed": .number(Double(duplicates)),
            "rows_outside_time_range": .number(Double(outOfRange)), "grain": .string(prepared.grain.rawValue),
            "rows_merged": .number(Double(prepared.mergedRows)),
            "outliers_removed": .array(outliers.sorted().map(JSONValue.string)),
            "missing_periods": .number(Double(missing)),
            "missing_filled": .bool(p.rules.contains("fill_missing") && missing > 0),
            "points": .number(Double(series.observed.count)), "series": series.json,
        ])
        return (series, out)
    }

    /// The last date minus `count` units: rows strictly after it are kept.
    static func cutoff(_ last: CivilDate, _ range: (count: Int, unit: TimeGrain)) -> CivilDate {
        let months: Int
        switch range.unit {
        case .day: return CivilDate(days: last.days - range.count)
        case .week: return CivilDate(days: last.days - 7 * range.count)
        case .month: months = range.count
        case .quarter: months = 3 * range.count
        case .year: months = 12 * range.count
        }
        let index = last.year * 12 + last.month - 1 - months
        let year = Period.floorDiv(index, 12), month = Period.mod(index, 12) + 1
        return CivilDate(year: year, month: month, day: min(last.day, CivilDate.daysIn(year: year, month: month)))
    }

    static func dateColumn(_ t: QueryResult, _ name: String?, label: String) throws -> Int {
        if let name {
            guard let i = t.index(of: name) else {
                throw AnalysisError("\(label): parameter date_column names no column \"\(name)\"")
            }
            return i
        }
        if let i = t.columns.firstIndex(where: { $0.type.isTemporal }) { return i }
        let found = t.columns.indices.first { i in
            t.columns[i].type == .string
                && t.rows.first { !$0[i].isNull }.flatMap { SeriesPreparation.date(of: $0[i]) } != nil
        }
        guard let found else { throw AnalysisError("\(label): no date column found; set parameter date_column") }
        return found
    }

    static func valueColumn(_ t: QueryResult, _ name: String?, excluding d: Int, label: String) throws -> Int {
        if let name {
            guard let i = t.index(of: name) else {
                throw AnalysisError("\(label): parameter value_column names no column \"\(name)\"")
            }
            guard t.columns[i].type.isNumeric else {
                throw AnalysisError("\(label): parameter value_column \"\(name)\" is not a numeric column")
            }
            return i
        }
        guard let i = t.columns.indices.first(where: { $0 != d && t.columns[$0].type.isNumeric }) else {
            throw AnalysisError("\(label): no numeric column found; set parameter value_column")
        }
        return i
    }
}
