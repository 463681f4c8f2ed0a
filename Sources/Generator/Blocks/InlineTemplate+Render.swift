import Engine

extension InlineTemplate {
    /// What a template reads while it is expanded.
    struct Scope {
        var results: [String: QueryResult]
        var params: [String: String]
        var inputs: [String: String]
        /// Query name → the row a surrounding `{{#each}}` is on.
        var rows: [String: Int] = [:]
        /// The innermost loop's query (for bare `{{ column }}`).
        var loop: String?
    }

    /// Expands the template into Markdown in which every value is a placeholder token; the
    /// values (already formatted, not yet escaped) are appended to `values`.
    func expand(_ scope: Scope, values: inout [String]) throws -> String {
        var out = ""
        try Self.expand(nodes, scope, into: &out, values: &values)
        return out
    }

    /// The placeholder for value `index`: letters and digits only, so Markdown leaves it alone.
    static func placeholder(_ index: Int) -> String { "AISERVAL\(index)Z" }

    private static func expand(_ nodes: [Node], _ scope: Scope, into out: inout String, values: inout [String]) throws {
        for node in nodes {
            switch node {
            case .text(let t): out += t
            case .value(let path, let format, let at):
                out += placeholder(values.count)
                values.append(format.apply(try value(path, scope, at: at)))
            case .each(let name, let body, let at):
                guard let result = scope.results[name] else { throw at.error("no query named '\(name)' on this page") }
                for row in result.rows.indices {
                    var inner = scope
                    inner.rows[name] = row
                    inner.loop = name
                    try expand(body, inner, into: &out, values: &values)
                }
            case .when(let condition, let then, let otherwise, let at):
                let chosen = try holds(condition, scope, at: at) ? then : otherwise
                try expand(chosen, scope, into: &out, values: &values)
            }
        }
    }

    static func value(_ path: ValuePath, _ scope: Scope, at: SourceLocation) throws -> SQLValue {
        switch (path.head, path.tail) {
        case ("params", let name?):
            guard let v = scope.params[name] else { throw at.error("this page has no parameter '\(name)'") }
            return .text(v)
        case ("inputs", let name?):
            guard let v = scope.inputs[name] else { throw at.error("this page has no input '\(name)'") }
            return .text(v)
        case (let column, nil):
            guard let loop = scope.loop, let result = scope.results[loop], let row = scope.rows[loop] else {
                throw at.error("'{{ \(column) }}' needs a query: write QUERY.\(column)")
            }
            guard let i = result.index(of: column) else {
                throw at.error("query '\(loop)' has no column '\(column)'")
            }
            return result.rows[row][i]
        case (let query, let column?):
            guard let result = scope.results[query] else { throw at.error("no query named '\(query)' on this page") }
            guard let i = result.index(of: column) else {
                let names = result.columns.map(\.name).joined(separator: ", ")
                throw at.error("query '\(query)' has no column '\(column)' (columns: \(names))")
            }
            let row = scope.rows[query] ?? 0
            return row < result.rows.count ? result.rows[row][i] : .null
        }
    }

    static func holds(_ c: Condition, _ scope: Scope, at: SourceLocation) throws -> Bool {
        if c.path.tail == nil, c.op == nil, let result = scope.results[c.path.head], scope.loop != c.path.head {
            return !result.rows.isEmpty
        }
        let v = try value(c.path, scope, at: at)
        if let op = c.op, let other = c.other {
            let w = try value(other, scope, at: at)
            if let a = v.double, let b = w.double { return compare(a < b ? -1 : (a > b ? 1 : 0), op) }
            let a = v.string ?? "", b = w.string ?? ""
            return compare(a < b ? -1 : (a > b ? 1 : 0), op)
        }
        guard let op = c.op, let literal = c.literal else {
            switch v {
            case .null: return false
            case .integer(let i): return i != 0
            case .real(let d): return d != 0
            case .text(let s): return !s.isEmpty
            case .blob(let b): return !b.isEmpty
            }
        }
        if literal.hasPrefix("'") {
            let text = String(literal.dropFirst())
            let s = v.string ?? ""
            return compare(s < text ? -1 : (s > text ? 1 : 0), op)
        }
        guard let rhs = Double(literal), let lhs = v.double ?? v.string.flatMap(Double.init) else { return op == "!=" }
        return compare(lhs < rhs ? -1 : (lhs > rhs ? 1 : 0), op)
    }

    static func compare(_ order: Int, _ op: String) -> Bool {
        switch op {
        case "==": return order == 0
        case "!=": return order != 0
        case ">": return order > 0
        case ">=": return order >= 0
        case "<": return order < 0
        default: return order <= 0
        }
    }
}
