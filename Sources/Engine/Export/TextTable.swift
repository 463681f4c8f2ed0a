/// A plain-text table for terminals: columns padded, numbers right-aligned.
public struct TextTable: Sendable {
    /// Longest cell shown before it is cut with `…`.
    var maxWidth: Int

    public init(maxWidth: Int = 40) { self.maxWidth = maxWidth }

    public func render(_ result: QueryResult) -> String {
        let header = result.columns.map(\.name)
        let cells = result.rows.map { row in row.map { clip($0.string ?? "NULL") } }
        var widths = header.map { min($0.count, maxWidth) }
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) }
        }
        let numeric = result.columns.map(\.type.isNumeric)
        func line(_ values: [String], alignNumbers: Bool) -> String {
            values.enumerated().map { i, v in
                let pad = String(repeating: " ", count: max(0, widths[i] - v.count))
                return alignNumbers && numeric[i] ? pad + v : v + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = line(header.map(clip), alignNumbers: false) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, alignNumbers: true) + "\n" }
        if result.truncated { out += "(truncated)\n" }
        return out
    }

    func clip(_ s: String) -> String {
        s.count <= maxWidth ? s : String(s.prefix(maxWidth - 1)) + "…"
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
