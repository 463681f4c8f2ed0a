extension SQLParser {
    /// An expression, by SQLite's operator precedence.
    mutating func expression() throws -> SyntaxExpression { try or() }

    private mutating func or() throws -> SyntaxExpression {
        var left = try and()
        while take(word: "or") { left = .binary("or", left, try and()) }
        return left
    }

    private mutating func and() throws -> SyntaxExpression {
        var left = try not()
        while take(word: "and") { left = .binary("and", left, try not()) }
        return left
    }

    private mutating func not() throws -> SyntaxExpression {
        if take(word: "not") { return .unary("not", try not()) }
        return try equality()
    }

    private mutating func equality() throws -> SyntaxExpression {
        var left = try comparison()
        while true {
            if let op = ["=", "==", "!=", "<>"].first(where: { current.isSymbol($0) }) {
                position += 1
                left = .binary(op == "==" ? "=" : (op == "<>" ? "!=" : op), left, try comparison())
            } else if take(word: "is") {
                let negated = take(word: "not")
                if take(word: "null") {
                    left = .isNull(left, negated: negated)
                } else {
                    if current.isWord("distinct") { throw ColumnarError.unsupported("IS DISTINCT FROM") }
                    left = .isDistinct(left, try comparison(), negated: negated)
                }
            } else if take(word: "isnull") {
                left = .isNull(left, negated: false)
            } else if take(word: "notnull") {
                left = .isNull(left, negated: true)
            } else if current.isWord("not") || current.isWord("in") || current.isWord("like")
                || current.isWord("between")
            {
                let negated = take(word: "not")
                if take(word: "in") {
                    try expect(symbol: "(")
                    if current.isWord("select") { throw ColumnarError.unsupported("IN (SELECT …)") }
                    var list: [SyntaxExpression] = []
                    if !current.isSymbol(")") {
                        repeat { list.append(try expression()) } while take(symbol: ",")
                    }
                    try expect(symbol: ")")
                    left = .inList(left, list, negated: negated)
                } else if take(word: "like") {
                    let pattern = try comparison()
                    if current.isWord("escape") { throw ColumnarError.unsupported("LIKE … ESCAPE") }
                    left = .like(left, pattern, negated: negated)
                } else if take(word: "between") {
                    let low = try comparison()
                    try expect(word: "and")
                    left = .between(left, low, try comparison(), negated: negated)
                } else {
                    throw ColumnarError.unsupported("NOT here")
                }
            } else if current.isWord("glob") || current.isWord("regexp") || current.isWord("match") {
                throw ColumnarError.unsupported("GLOB, REGEXP and MATCH")
            } else {
                return left
            }
        }
    }

    private mutating func comparison() throws -> SyntaxExpression {
        var left = try bitwise()
        while let op = ["<", "<=", ">", ">="].first(where: { current.isSymbol($0) }) {
            position += 1
            left = .binary(op, left, try bitwise())
        }
        return left
    }

    private mutating func bitwise() throws -> SyntaxExpression {
        let left = try additive()
        if ["&", "|", "<<", ">>"].contains(where: { current.isSymbol($0) }) {
            throw ColumnarError.unsupported("bitwise operators")
        }
        return left
    }

    private mutating func additive() throws -> SyntaxExpression {
        var left = try multiplicative()
        while let op = ["+", "-"].first(where: { current.isSymbol($0) }) {
            position += 1
            left = .binary(op, left, try multiplicative())
        }
        return left
    }

    private mutating func multiplicative() throws -> SyntaxExpression {
        var left = try concatenation()
        while let op = ["*", "/", "%"].first(where: { current.isSymbol($0) }) {
            position += 1
            left = .binary(op, left, try concatenation())
        }
        return left
    }

    private mutating func concatenation() throws -> SyntaxExpression {
        var left = try unary()
        while take(symbol: "||") { left = .binary("||", left, try unary()) }
        if current.isWord("collate") { throw ColumnarError.unsupported("COLLATE") }
        return left
    }

    private mutating func unary() throws -> SyntaxExpression {
        if take(symbol: "-") {
            let operand = try unary()
            if case .literal(.integer(let v)) = operand, v != Int64.min { return .literal(.integer(-v)) }
            if case .literal(.real(let v)) = operand { return .literal(.real(-v)) }
            return .unary("-", operand)
        }
        if current.isSymbol("+") || current.isSymbol("~") { throw ColumnarError.unsupported("unary + and ~") }
        return try primary()
    }

    private mutating func primary() throws -> SyntaxExpression {
        let t = advance()
        switch t.kind {
        case .integer:
            guard let v = Int64(t.text) else { return .literal(.real(Double(t.text) ?? .infinity)) }
            return .literal(.integer(v))
        case .real:
            // Short literals read the same through SQLite's sqlite3AtoF and Swift's strtod.
            let digits = t.text.prefix { $0 != "e" && $0 != "E" }.filter(\.isNumber).count
            let text = t.text.hasSuffix(".") ? t.text + "0" : (t.text.hasPrefix(".") ? "0" + t.text : t.text)
            guard digits <= 15, let v = Double(text) else { throw ColumnarError.unsupported("long real literals") }
            return .literal(.real(v))
        case .string: return .literal(.text(t.text))
        case .parameter: return .parameter(t.text)
        case .quotedName: return try columnReference(t.text, quoted: true)
        case .symbol where t.text == "(":
            if current.isWord("select") {
                let inner = try select()
                try expect(symbol: ")")
                return .subquery(inner)
            }
            let e = try expression()
            if current.isSymbol(",") { throw ColumnarError.unsupported("row values") }
            try expect(symbol: ")")
            return e
        case .word:
            let word = t.text.lowercased()
            if word == "null" { return .literal(.null) }
            if word == "case" { return try caseExpression() }
            if word == "cast" {
                try expect(symbol: "(")
                let e = try expression()
                try expect(word: "as")
                var type = try name()
                while current.kind == .word && !current.isSymbol(")") { type += " " + advance().text }
                if take(symbol: "(") { throw ColumnarError.unsupported("CAST to a sized type") }
                try expect(symbol: ")")
                return .cast(e, type: type)
            }
            if Self.reserved.contains(word)
                || ["current_date", "current_time", "current_timestamp", "true", "false"]
                    .contains(word)
            {
                throw ColumnarError.unsupported("the keyword \(word.uppercased()) here")
            }
            if current.isSymbol("(") { return try call(t.text) }
            return try columnReference(t.text, quoted: false)
        default:
            throw ColumnarError.unsupported("this expression")
        }
    }

    private mutating func columnReference(_ first: String, quoted: Bool) throws -> SyntaxExpression {
        guard take(symbol: ".") else { return .column(table: nil, name: first, quoted: quoted) }
        let t = advance()
        guard t.kind == .word || t.kind == .quotedName else { throw ColumnarError.unsupported("this name") }
        if current.isSymbol(".") { throw ColumnarError.unsupported("schema-qualified names") }
        return .column(table: first, name: t.text, quoted: t.kind == .quotedName)
    }

    private mutating func call(_ name: String) throws -> SyntaxExpression {
        try expect(symbol: "(")
        if take(symbol: "*") {
            try expect(symbol: ")")
            return .call(name: name.lowercased(), arguments: [], distinct: false, star: true)
        }
        let distinct = take(word: "distinct")
        var arguments: [SyntaxExpression] = []
        if !current.isSymbol(")") {
            repeat { arguments.append(try expression()) } while take(symbol: ",")
        }
        try expect(symbol: ")")
        if current.isWord("filter") || current.isWord("over") { throw ColumnarError.unsupported("FILTER and OVER") }
        return .call(name: name.lowercased(), arguments: arguments, distinct: distinct, star: false)
    }

    private mutating func caseExpression() throws -> SyntaxExpression {
        var base: SyntaxExpression?
        if !current.isWord("when") { base = try expression() }
        var branches: [SyntaxExpression.CaseBranch] = []
        while take(word: "when") {
            let when = try expression()
            try expect(word: "then")
            branches.append(.init(when: when, then: try expression()))
        }
        guard !branches.isEmpty else { throw ColumnarError.unsupported("CASE without WHEN") }
        let otherwise = take(word: "else") ? try expression() : nil
        try expect(word: "end")
        return .caseWhen(base: base, branches: branches, otherwise: otherwise)
    }
}
