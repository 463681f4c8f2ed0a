import Engine

extension EmbedController {
    /// Refuses locked parameters that do not fit the resource: each must name a column of the
    /// data source of every chart it filters (the chart, or each chart of the dashboard) and
    /// hold a value of that column's type. 422 with `details["params.<name>"]` naming it.
    func check(_ fixed: FixedValues, of resource: EmbedResource, id: String, organizationID: String) async throws {
        guard !fixed.isEmpty else { return }
        let chartIDs: [String]
        switch resource {
        case .chart: chartIDs = [id]
        case .dashboard:
            chartIDs =
                try await backend.dashboards.find(id: id, organizationID: organizationID)?.layout.map(\.chartID) ?? []
        }
        var problems: [String: String] = [:]
        for chartID in chartIDs {
            guard let chart = try await backend.charts.find(id: chartID, organizationID: organizationID),
                let source = try await backend.dataSources.find(id: chart.dataSourceID, organizationID: organizationID)
            else { continue }
            let columns = source.schema.compactMap { c in ColumnType(rawValue: c.type).map { (name: c.name, type: $0) }
            }
            for (name, problem) in fixed.problems(columns: columns) where problems["params.\(name)"] == nil {
                problems["params.\(name)"] = resource == .dashboard ? "\(problem) (chart \(chartID))" : problem
            }
        }
        if !problems.isEmpty { throw APIError.validation(problems) }
    }
}
