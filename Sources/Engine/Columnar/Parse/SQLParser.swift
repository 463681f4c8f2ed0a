/// Parses one `SELECT` statement of the supported subset; anything else is `.notSupported`.
struct SQLParser {
    let sql: String
    let bytes: [UInt8]
    var tokens: [SQLToken]
    var position = 0

    /// Words that end an expression or a clause, so never read as a bare alias.
    static let reserved: Set<String> = [
        "from", "where", "group", "having", "order", "limit", "offset", "union", "except", "intersect",
        "join", "inner", "left", "right", "full", "cross", "natural", "on", "using", "window", "as", "asc",
        "desc", "and", "or", "not", "is", "in", "like", "glob", "between", "case", "when", "then", "else",
        "end", "select", "by", "collate", "escape", "null", "distinct", "all", "exists", "cast", "nulls",
        "isnull", "notnull", "regexp", "match", "values", "with", "filter", "over",
    ]

    init(_ sql: String) throws {
        self.sql = sql
        bytes = Array(sql.utf8)
        tokens = try SQLLexer.tokens(sql)
    }

    /// The statement in `sql`.
    static func parse(_ sql: String) throws -> SelectStatement {
        var parser = try SQLParser(sql)
        let statement = try parser.select()
        while parser.take(symbol: ";") {}
        guard parser.current.kind == .end else { throw ColumnarError.unsupported("more than one statement") }
        return statement
    }

    var current: SQLToken { tokens[position] }

    mutating func advance() -> SQLToken {
        let t = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return t
    }

    mutating func take(word: String) -> Bool {
        guard current.isWord(word) else { return false }
        position += 1
        return true
    }

    mutating func take(symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        position += 1
        return true
    }

    mutating func expect(word: String) throws {
        guard take(word: word) else { throw ColumnarError.unsupported("expected \(word.uppercased())") }
    }

    mutating func expect(symbol: String) throws {
        guard take(symbol: symbol) else { throw ColumnarError.unsupported("expected \(symbol)") }
    }

    /// The source text from byte `start` to the end of the last token read.
    func text(from start: Int) -> String {
        let end = tokens[max(position - 1, 0)].end
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    mutating func select() throws -> SelectStatement {
        var s = SelectStatement()
        try expect(word: "select")
        if take(word: "distinct") { s.distinct = true } else { _ = take(word: "all") }
        repeat { s.items.append(try item()) } while take(symbol: ",")
        try expect(word: "from")
        s.table = try name()
        if take(symbol: ".") { throw ColumnarError.unsupported("schema-qualified tables") }
        if take(word: "as") {
            s.tableAlias = try name()
        } else if current.kind == .word, !Self.reserved.contains(current.text.lowercased()) {
            s.tableAlias = advance().text
        }
        if current.isSymbol(",") || current.isWord("join") { throw ColumnarError.unsupported("joins") }
        if take(word: "where") { s.filter = try expression() }
        if take(word: "group") {
            try expect(word: "by")
            repeat { s.groupBy.append(try expression()) } while take(symbol: ",")
        }
        if take(word: "having") { s.having = try expression() }
        if take(word: "order") {
            try expect(word: "by")
            repeat {
                let e = try expression()
                if current.isWord("collate") || current.isWord("nulls") {
                    throw ColumnarError.unsupported("COLLATE and NULLS FIRST/LAST")
                }
                let descending = take(word: "desc")
                if !descending { _ = take(word: "asc") }
                s.orderBy.append(.init(expression: e, descending: descending))
            } while take(symbol: ",")
        }
        if take(word: "limit") {
            let first = try expression()
            if take(word: "offset") {
                s.limit = first
                s.offset = try expression()
            } else if take(symbol: ",") {
                s.offset = first
                s.limit = try expression()
            } else {
                s.limit = first
            }
        }
        return s
    }

    private mutating func item() throws -> SelectStatement.Item {
        if take(symbol: "*") { return .all(table: nil) }
        if current.kind == .word || current.kind == .quotedName, tokens[position + 1].isSymbol("."),
            tokens[position + 2].isSymbol("*")
        {
            let table = advance().text
            position += 2
            return .all(table: table)
        }
        let start = current.start
        let e = try expression()
        let text = self.text(from: start)
        if take(word: "as") { return .expression(e, alias: try name(), text: text) }
        if current.kind == .quotedName || current.kind == .string
            || (current.kind == .word && !Self.reserved.contains(current.text.lowercased()))
        {
            return .expression(e, alias: advance().text, text: text)
        }
        return .expression(e, alias: nil, text: text)
    }

    /// A table, column or alias name (bare or quoted).
    mutating func name() throws -> String {
        let t = current
        if t.kind == .quotedName || t.kind == .string
            || (t.kind == .word && !Self.reserved.contains(t.text.lowercased()))
        {
            position += 1
            return t.text
        }
        throw ColumnarError.unsupported("expected a name")
    }
}
