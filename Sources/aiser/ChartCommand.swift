import ArgumentParser
import Engine
import Foundation

/// `aiser chart`: load a data file, aggregate it with the query model, and draw one chart.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a chart from a data file.",
        discussion: """
            The output format comes from the --out extension: .svg, .png, .pdf, .html (a self-contained \
            page) or .json (the chart_data model).
            Example: aiser chart --data sales.csv --type line --x date --y revenue --grain month --out revenue.svg
            """)

    @Option(help: "The data file (CSV, TSV, XLSX, JSON, NDJSON).") var data: String
    @Option(help: "Chart type: \(ChartType.allCases.map(\.rawValue).joined(separator: ", ")).") var type: String
    @Option(help: "The x column (categories, times or numbers).") var x: String?
    @Option(help: "Measure column(s), comma-separated.") var y: String?
    @Option(help: "Split the measure into one series per value of this column.") var series: String?
    @Option(help: "Bubble size column (bubble charts).") var size: String?
    @Option(help: "How rows are combined: \(Aggregate.allCases.map(\.rawValue).joined(separator: ", ")).") var agg:
        String = "sum"
    @Option(help: "Time bucket for a date x: \(TimeGrain.allCases.map(\.rawValue).joined(separator: ", ")).") var grain:
        String?
    @Option(help: "Sort categories: none, x, ascending, descending.") var sort: String = "none"
    @Option(help: "Keep at most this many categories.") var limit: Int?
    @Option(help: "Chart title.") var title: String?
    @Option(help: "Theme: light, dark, or a theme file (.json with the fields of a theme).") var theme: String = "light"
    @Option(help: "Time labels as a strftime-style pattern, e.g. \"%b %Y\" (default: automatic).") var dateFormat:
        String?
    @Option(help: "Width in px.") var width: Int = 640
    @Option(help: "Height in px.") var height: Int = 360
    @Option(help: "PNG scale factor (2 for high-DPI screens).") var scale: Double = 1
    @Flag(help: "Stack the series (bar, area).") var stacked = false
    @Flag(help: "Draw bars horizontally.") var horizontal = false
    @Option(help: "Output file: .svg, .png, .pdf, .html or .json.") var out: String

    var chartType: ChartType? { ChartType(rawValue: type.lowercased()) }
    var format: ChartFormat? { ChartFormat(pathExtension: URL(fileURLWithPath: out).pathExtension) }
    var measures: [String] {
        (y ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        guard chartType != nil else { throw ValidationError("Unknown chart type \"\(type)\".") }
        guard format != nil else { throw ValidationError("--out must end in .svg, .png, .pdf, .html or .json.") }
        guard Aggregate(rawValue: agg) != nil else { throw ValidationError("Unknown aggregate \"\(agg)\".") }
        if let grain, TimeGrain(rawValue: grain) == nil { throw ValidationError("Unknown grain \"\(grain)\".") }
        guard ChartEncoding.Sort(rawValue: sort) != nil else { throw ValidationError("Unknown sort \"\(sort)\".") }
        guard ["light", "dark"].contains(theme) || theme.hasSuffix(".json") else {
            throw ValidationError("--theme must be light, dark or a .json theme file.")
        }
        guard (120...8000).contains(width), (80...8000).contains(height), scale > 0, scale <= 8 else {
            throw ValidationError("Size out of range: width 120–8000, height 80–8000, scale up to 8.")
        }
        if measures.isEmpty, agg != "count", chartType != .table {
            throw ValidationError("--y names the measure column(s).")
        }
    }

    func run() throws {
        guard let type = chartType, let format else { return }
        try reportingFailures {
            let workspace = try Workspace()
            defer { workspace.close() }
            let report = try workspace.load(try existingFile(data))
            let encoding = ChartEncoding(
                x: x, y: measures, series: series, size: size, aggregate: Aggregate(rawValue: agg) ?? .sum,
                grain: grain.flatMap(TimeGrain.init),
                sort: ChartEncoding.Sort(rawValue: sort) ?? ChartEncoding.Sort.none,
                limit: limit)
            var options = ChartOptions(
                title: title, theme: theme, stacked: stacked ? true : nil, horizontal: horizontal ? true : nil)
            options.width = width
            options.height = height
            options.dateFormat = dateFormat
            let themeFile = theme.hasSuffix(".json") ? try Theme(contentsOf: try existingFile(theme)) : nil
            if let themeFile { options.theme = themeFile.name }
            let chart: ChartData
            do {
                chart = try Analytics(connection: workspace.connection, tables: [report.table]).chart(
                    ChartQuery(table: report.table, type: type, encoding: encoding), options: options)
            } catch let e as QueryError {
                throw CLIMessage("\(data): \(e.message)")
            }
            let bytes = try ChartRenderer.data(
                chart, as: format, width: width, height: height, scale: scale, theme: themeFile)
            try bytes.write(to: URL(fileURLWithPath: out), options: .atomic)
        }
    }
}
