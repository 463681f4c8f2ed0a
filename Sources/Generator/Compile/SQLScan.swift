/// Light lexical scans of SQL text (outside quotes and comments): the words it uses and the
/// named parameters it binds. Used for the query graph and cache keys, never to build SQL.
enum SQLScan {
    /// Lowercased identifiers and keywords.
    static func words(_ sql: String) -> Set<String> {
        var out = Set<String>()
        scan(sql) { word, _ in out.insert(word.lowercased()) }
        return out
    }

    /// Names of `:name`, `$name` and `@name` parameters.
    static func parameters(_ sql: String) -> Set<String> {
        var out = Set<String>()
        scan(sql) { word, isParameter in if isParameter { out.insert(word) } }
        return out
    }

    private static func scan(_ sql: String, _ visit: (String, Bool) -> Void) {
        let chars = Array(sql.unicodeScalars)
        var i = 0
        func isWord(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) }
        while i < chars.count {
            let c = chars[i]
            if c == "'" || c == "\"" || c == "`" || c == "[" {
                let close: Unicode.Scalar = c == "[" ? "]" : c
                i += 1
                while i < chars.count && chars[i] != close { i += 1 }
                i += 1
            } else if c == "-", i + 1 < chars.count, chars[i + 1] == "-" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
            } else if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
                i += 2
                while i + 1 < chars.count && !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                i += 2
            } else if (c == ":" || c == "$" || c == "@"), i + 1 < chars.count, isWord(chars[i + 1]) {
                var j = i + 1
                while j < chars.count && isWord(chars[j]) { j += 1 }
                visit(String(String.UnicodeScalarView(chars[(i + 1)..<j])), true)
                i = j
            } else if isWord(c) {
                var j = i
                while j < chars.count && isWord(chars[j]) { j += 1 }
                visit(String(String.UnicodeScalarView(chars[i..<j])), false)
                i = j
            } else {
                i += 1
            }
        }
    }
}
