import Foundation

/// Writes query results as RFC 4180 CSV.
///
/// With `formulaSafe` (the default) a text cell that a spreadsheet would run as a formula —
/// starting with `=`, `+`, `-`, `@`, tab or carriage return — is prefixed with `'`, so opening an
/// export never executes data (OWASP "CSV injection"). Numbers are written as numbers.
public struct CSVWriter: Sendable {
    var formulaSafe: Bool
    var delimiter: Character

    public init(formulaSafe: Bool = true, delimiter: Character = ",") {
        self.formulaSafe = formulaSafe
        self.delimiter = delimiter
    }

    /// The whole result as CSV text with a header line and CRLF-free `\n` line ends.
    public func csv(_ result: QueryResult) -> String {
        var out = result.columns.map { field($0.name) }.joined(separator: String(delimiter)) + "\n"
        for row in result.rows {
            out += row.map(cell).joined(separator: String(delimiter))
            out += "\n"
        }
        return out
    }

    func cell(_ value: SQLValue) -> String {
        switch value {
        case .null: return ""
        case .integer: return value.string ?? ""
        case .real(let d): return d.isFinite ? value.string ?? "" : ""
        case .text, .blob: return field(value.string ?? "")
        }
    }

    func field(_ raw: String) -> String {
        var text = raw
        if formulaSafe, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
