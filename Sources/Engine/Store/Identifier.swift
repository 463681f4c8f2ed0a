/// The one place where SQL identifiers are quoted. Every table or column name that reaches SQL
/// text goes through here; values never do (they are bound).
public enum Identifier {
    /// `name` as a double-quoted SQL identifier, embedded quotes doubled, NULs removed.
    public static func quote(_ name: String) -> String {
        var out = "\""
        out.reserveCapacity(name.utf8.count + 2)
        for ch in name.unicodeScalars where ch != "\0" {
            if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
        }
        out += "\""
        return out
    }
}
