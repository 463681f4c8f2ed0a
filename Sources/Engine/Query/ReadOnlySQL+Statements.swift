/// Checks on the shape of user SQL that SQLite's authorizer does not see: a second statement
/// after the first (SQLite compiles only the first and would silently ignore the rest), and
/// maintenance statements (`REINDEX`, `VACUUM`, `ANALYZE`) that are not queries.
extension ReadOnlySQL {
    /// Statements refused whatever SQLite's read-only judgement says: they rebuild or rewrite
    /// the database rather than read it.
    static let maintenanceKeywords: Set<String> = ["REINDEX", "VACUUM", "ANALYZE"]

    /// Throws when the text after the first statement (from byte `tail`) holds anything but
    /// spaces, semicolons and comments.
    static func requireSingleStatement(_ sql: String, tail: Int) throws {
        let bytes = Array(sql.utf8)
        guard let start = firstMeaningfulByte(in: bytes, from: tail) else { return }
        let (line, column) = position(ofByte: start, in: sql)
        throw QueryError(
            "only one statement is allowed; remove the text after the first \";\"", line: line, column: column)
    }

    /// Throws for `REINDEX`, `VACUUM` and `ANALYZE`, located at the keyword.
    static func refuseMaintenance(_ sql: String) throws {
        let bytes = Array(sql.utf8)
        guard let start = firstMeaningfulByte(in: bytes, from: 0) else { return }
        var end = start
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        let word = String(decoding: bytes[start..<end], as: UTF8.self).uppercased()
        guard maintenanceKeywords.contains(word) else { return }
        let (line, column) = position(ofByte: start, in: sql)
        throw QueryError("not allowed in a read-only query: \(word)", line: line, column: column)
    }

    /// The offset of the first byte from `offset` on that is not white space, `;` or inside a
    /// `--` or `/* */` comment; nil when there is none.
    static func firstMeaningfulByte(in bytes: [UInt8], from offset: Int) -> Int? {
        var i = offset
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x3B {
                i += 1
            } else if b == 0x2D, i + 1 < bytes.count, bytes[i + 1] == 0x2D {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            } else if b == 0x2F, i + 1 < bytes.count, bytes[i + 1] == 0x2A {
                i += 2
                while i < bytes.count, !(bytes[i] == 0x2A && i + 1 < bytes.count && bytes[i + 1] == 0x2F) { i += 1 }
                i += 2
            } else {
                return i
            }
        }
        return nil
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }
}
