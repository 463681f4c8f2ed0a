/// Turns a file's header into usable, unique column names.
///
/// Each name is trimmed and its runs of whitespace (line breaks included) become one space. An
/// empty name becomes `column_N` (N its 1-based position). A name equal to an earlier one,
/// ignoring case (SQLite column names ignore case), gets the first free suffix `_2`, `_3`, …
enum HeaderNames {
    /// The normalised names, and a warning for each name that had to change beyond trimming.
    static func normalise(_ header: [String]) -> (names: [String], warnings: [String]) {
        var names: [String] = []
        var warnings: [String] = []
        var taken = Set<String>()
        for (index, raw) in header.enumerated() {
            let cleaned = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            var name = cleaned.isEmpty ? "column_\(index + 1)" : cleaned
            if cleaned.isEmpty {
                warnings.append("column \(index + 1) has no name; it is called \(name)")
            }
            if taken.contains(name.lowercased()) {
                var k = 2
                while taken.contains("\(name)_\(k)".lowercased()) { k += 1 }
                warnings.append("column \(index + 1) repeats the name \"\(name)\"; it is called \(name)_\(k)")
                name = "\(name)_\(k)"
            }
            taken.insert(name.lowercased())
            names.append(name)
        }
        return (names, warnings)
    }
}
