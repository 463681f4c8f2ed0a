import ArgumentParser
import Engine
import Foundation

/// `aiser workflow`: run the API's workflow document (preparation, aggregation, trend, anomaly
/// and forecasting steps) against a local data file and print the result JSON.
struct WorkflowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workflow",
        abstract: "Run a workflow document (the API's /ai/workflow body) against a data file.",
        discussion: """
            Steps run in order; data_preparation and aggregation change the series, the other steps report on it.
            Example: aiser workflow --data sales.csv forecast.json
            """)

    @Option(help: "The data file (CSV, TSV, XLSX, JSON, NDJSON).") var data: String
    @Argument(help: "The workflow document (JSON).") var workflow: String
    @Option(help: "Output file (standard output when omitted).") var out: String?

    func run() throws {
        try reportingFailures {
            let document = try Self.document(at: workflow)
            let loaded = try LoadedData(data)
            defer { loaded.close() }
            let result: JSONValue
            do {
                result = try loaded.analytics.workflow(document)
            } catch let e as AnalysisError {
                throw CLIMessage("\(workflow): \(e.message)")
            }
            try emit(try JSONCoding.string(result, pretty: true) + "\n", to: out)
        }
    }

    /// The decoded document; a malformed one names the file and the place.
    static func document(at path: String) throws -> WorkflowDocument {
        let bytes = try Data(contentsOf: try existingFile(path))
        do {
            return try JSONCoding.decode(WorkflowDocument.self, from: bytes)
        } catch let DecodingError.keyNotFound(key, context) {
            throw CLIMessage("\(path): missing field \"\(Self.place(context.codingPath + [key]))\"")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw CLIMessage(
                "\(path): wrong type at \"\(Self.place(context.codingPath))\": \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            throw CLIMessage(
                "\(path): not valid JSON: \(context.underlyingError.map { "\($0)" } ?? context.debugDescription)")
        }
    }

    static func place(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(
            in: CharacterSet(charactersIn: "."))
    }
}
