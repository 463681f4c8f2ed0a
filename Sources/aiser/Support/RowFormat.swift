import ArgumentParser
import Engine

/// How query rows are printed.
enum RowFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, table

    func render(_ result: QueryResult) -> String {
        switch self {
        case .csv: return CSVWriter().csv(result)
        case .json: return JSONRowsWriter(pretty: true).json(result) + "\n"
        case .table: return TextTable().render(result)
        }
    }
}
