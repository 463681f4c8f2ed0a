extension Asker {
    /// `result` with its columns renamed from the query's aliases (`d0`, `m0`) to what they are:
    /// a grouping's source column (with its time grain), a measure's title.
    static func named(_ result: QueryResult, _ query: Query, measureTitles: [String]) -> QueryResult {
        var out = result
        for (i, column) in result.columns.enumerated() {
            if let d = query.dimensions.first(where: { $0.name == column.name }) {
                out.columns[i].name = d.grain.map { "\(d.column) (\($0.rawValue))" } ?? d.column
            } else if let k = query.measures.firstIndex(where: { $0.name == column.name }), k < measureTitles.count {
                out.columns[i].name = measureTitles[k]
            }
        }
        return out
    }
}
