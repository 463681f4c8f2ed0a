import ArgumentParser
import Engine
import Foundation

/// Writes a report as JSON or its chart as SVG/PNG/PDF/HTML, to `out` or standard output.
/// PNG and PDF need `out` (binary output is never written to a terminal).
func write(json: some Encodable, chart: ChartData, format: ChartFormat, to out: String?) throws {
    let data: Data
    if format == .json {
        data = try JSONCoding.encode(json, pretty: true) + Data("\n".utf8)
    } else {
        data = try ChartRenderer.data(chart, as: format, width: chart.options.width, height: chart.options.height)
    }
    if let out {
        try data.write(to: URL(fileURLWithPath: out), options: .atomic)
    } else {
        FileHandle.standardOutput.write(data)
    }
}

/// The output format: `--format` if given, else the `--out` extension, else JSON.
func outputFormat(_ format: String?, out: String?) throws -> ChartFormat {
    if let format {
        guard let f = ChartFormat(rawValue: format.lowercased()) else {
            throw ValidationError("--format must be json, svg, png, pdf or html, not \"\(format)\".")
        }
        return f
    }
    if let out, let f = ChartFormat(pathExtension: URL(fileURLWithPath: out).pathExtension) { return f }
    return .json
}
