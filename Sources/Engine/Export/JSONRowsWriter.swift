import Foundation

/// Writes query results as a JSON array of row objects whose keys keep the column order.
public struct JSONRowsWriter: Sendable {
    var pretty: Bool

    public init(pretty: Bool = false) { self.pretty = pretty }

    /// `[{"col": value, …}, …]`; NaN and infinities become `null`.
    public func json(_ result: QueryResult) -> String {
        let keys = result.columns.map { JSONText.string($0.name) }
        var out = "["
        for (r, row) in result.rows.enumerated() {
            if r > 0 { out += "," }
            out += pretty ? "\n  {" : "{"
            for (i, value) in row.enumerated() where i < keys.count {
                if i > 0 { out += pretty ? ", " : "," }
                out += keys[i] + (pretty ? ": " : ":") + JSONText.value(value)
            }
            out += "}"
        }
        out += pretty && !result.rows.isEmpty ? "\n]" : "]"
        return out
    }
}
