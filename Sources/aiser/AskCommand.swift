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
            computed by SQL with bound parameters. Words that match nothing are set aside and
            lower the answer's confidence (printed with it); a question whose measure or grouping
            cannot be found is refused with a message that names the columns you can ask about.
            """)

    @Argument(help: "The question, e.g. \"total revenue by month in 2023\".")
    var question: String?

    @Option(help: "A file of questions, one per line, answered in turn (one JSON answer per line).")
    var questions: String?

    @Flag(help: "Print parse and answer times (ms) of each question to standard error as JSON lines.")
    var timings = false

    @Option(name: .customLong("data"), help: "A data file (CSV, TSV, XLSX, JSON); repeat for several tables.")
    var data: [String] = []

    @Option(help: "Output format: json (the chart_data contract), svg, png or html.")
    var format: String = "json"

    @Option(help: "Write the output to this file instead of standard output.")
    var out: String?

    func validate() throws {
        guard !data.isEmpty else { throw ValidationError("give at least one --data FILE") }
        guard (question == nil) != (questions == nil) else {
            throw ValidationError("give either a QUESTION or --questions FILE")
        }
        guard ["json", "svg", "png", "html"].contains(format) else {
            throw ValidationError("unsupported --format \"\(format)\": use json, svg, png or html")
        }
        if format != "json" && questions != nil {
            throw ValidationError("--questions writes json; ask one question for --format \(format)")
        }
        if format == "png" && out == nil { throw ValidationError("--format png needs --out PATH") }
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
        let asker = try Analytics(connection: db, tables: tables).asker()
        var text = ""
        if let question {
            let a: Answer
            do {
                a = try answer(question, with: asker)
            } catch let e as LanguageError {
                throw AskFailure(e.description)
            }
            let chart = a.chart
            switch format {
            case "svg": text = ChartRenderer.svg(chart) + "\n"
            case "html": text = ChartRenderer.page(chart) + "\n"
            case "png":
                let png = try Raster.png(svg: ChartRenderer.svg(chart), scale: 2)
                try png.write(to: URL(fileURLWithPath: out ?? "chart.png"))
                return
            default: text = a.json + "\n"
            }
        } else if let questions {
            let lines = try String(contentsOfFile: questions, encoding: .utf8).split(whereSeparator: \.isNewline)
            for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                do {
                    text += try answer(String(line), with: asker).json + "\n"
                } catch let e as LanguageError {
                    text +=
                        "{\"question\":\(JSONText.string(String(line))),\"error\":\(JSONText.string(e.description))}\n"
                }
            }
        }
        if let out {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

extension AskCommand {
    /// Answers one question; with `--timings`, reports the parse and whole-answer times.
    func answer(_ question: String, with asker: Asker) throws -> Answer {
        guard timings else { return try asker.ask(question) }
        let clock = ContinuousClock()
        let t0 = clock.now
        _ = try? asker.understand(question)
        let t1 = clock.now
        let a = try asker.ask(question)
        let t2 = clock.now
        func ms(_ d: Duration) -> String {
            NumberText.grouped(d.seconds * 1e3, decimals: 4, trim: false, group: false)
        }
        let line =
            "{\"question\":\(JSONText.string(question)),\"parse_ms\":\(ms(t1 - t0)),\"answer_ms\":\(ms(t2 - t1))}\n"
        FileHandle.standardError.write(Data(line.utf8))
        return a
    }
}

/// A failure reported as one line on standard error with exit status 1.
struct AskFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
