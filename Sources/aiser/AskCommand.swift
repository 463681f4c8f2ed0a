import ArgumentParser
import Engine
import Foundation

/// `aiser ask "QUESTION" --data FILE …`: answers a plain-language question about data files
/// offline and prints the chart data, SQL, insights and interpretation.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a plain-language question about data files with a chart, offline.",
        discussion: """
            Example: aiser ask "average tip by day" --data tips.csv
            The question is parsed against the files' column names and values; every number is
            computed by SQL with bound parameters. Questions that cannot be mapped with
            confidence are refused with a message that names the columns you can ask about.
            """)

    @Argument(help: "The question, e.g. \"total revenue by month in 2023\".")
    var question: String

    @Option(name: .customLong("data"), help: "A data file (CSV, TSV, XLSX, JSON); repeat for several tables.")
    var data: [String] = []

    @Option(help: "Output format: json (the chart_data contract).")
    var format: String = "json"

    @Option(help: "Write the output to this file instead of standard output.")
    var out: String?

    func validate() throws {
        guard !data.isEmpty else { throw ValidationError("give at least one --data FILE") }
        guard format == "json" else {
            throw ValidationError("unsupported --format \"\(format)\": this build writes json")
        }
        for path in data where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("no such file: \(path)")
        }
    }

    func run() throws {
        let db = try Connection.inMemory()
        var tables: [String] = []
        for path in data {
            let url = URL(fileURLWithPath: path)
            var name = Ingestor.tableName(for: url)
            var n = 2
            while tables.contains(name) {
                name = "\(Ingestor.tableName(for: url))_\(n)"
                n += 1
            }
            do {
                _ = try Ingestor.load(url, into: db, table: name)
            } catch {
                throw AskFailure("\(error)")
            }
            tables.append(name)
        }
        let answer: Answer
        do {
            answer = try Asker(connection: db, tables: tables).ask(question)
        } catch let e as LanguageError {
            throw AskFailure(e.description)
        }
        let text = answer.json + "\n"
        if let out {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// A failure reported as one line on standard error with exit status 1.
struct AskFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
