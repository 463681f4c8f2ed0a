import ArgumentParser
import Engine
import Foundation

/// `aiser analyze`: the key drivers of a target column, the correlation matrices, and insights
/// and recommendations computed from them.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find what drives a numeric column: correlations, group effects and seasonality with p-values.",
        discussion: "Example: aiser analyze --data sales.csv --target revenue --format json")

    @Option(help: "The data file (CSV, TSV, XLSX, JSON, NDJSON).") var data: String
    @Option(help: "The numeric column to explain.") var target: String
    @Option(help: "text or json.") var format: String = "text"
    @Option(help: "Output file (standard output when omitted).") var out: String?

    func validate() throws {
        guard ["text", "json"].contains(format) else {
            throw ValidationError("--format must be text or json, not \"\(format)\".")
        }
    }

    func run() throws {
        try reportingFailures {
            let loaded = try LoadedData(data)
            defer { loaded.close() }
            let column = try loaded.column(target, option: "--target")
            guard column.type.isNumeric else {
                throw CLIMessage(
                    "\(data): --target column \"\(column.name)\" is not numeric (its values are \(column.type.rawValue))"
                )
            }
            let analysis: DriverAnalysis
            do {
                analysis = try loaded.analytics.drivers(of: column.name)
            } catch let e as StatsError {
                throw CLIMessage("\(data): \(e.description)")
            }
            if format == "json" {
                try emit(try JSONCoding.string(analysis, pretty: true) + "\n", to: out)
            } else {
                try emit(analysis.text, to: out)
            }
        }
    }
}

extension DriverAnalysis {
    /// The drivers as a terminal table followed by the insights and recommendations.
    var text: String {
        let columns = ["factor", "method", "correlation", "p_value", "impact", "confidence"]
        let rows: [[SQLValue]] = keyDrivers.map {
            [
                .text($0.factor), .text($0.method), .real(($0.correlation * 1000).rounded() / 1000),
                .text($0.pValue < 0.0001 ? "< 0.0001" : String(format: "%.4f", $0.pValue)), .text($0.impact.rawValue),
                .real(($0.confidence * 1000).rounded() / 1000),
            ]
        }
        let table = QueryResult(
            columns: columns.map {
                .init(name: $0, type: ["correlation", "confidence"].contains($0) ? .decimal : .string)
            },
            rows: rows)
        var out = "Key drivers of \(target) (\(self.rows) rows)\n" + TextTable().render(table)
        out += "\nInsights\n" + insights.map { "- \($0)\n" }.joined()
        out += "\nRecommendations\n" + recommendations.map { "- \($0)\n" }.joined()
        return out
    }
}
