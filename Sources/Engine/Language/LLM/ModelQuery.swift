import Foundation

/// A model's JSON answer, checked against the table before anything runs: every column must
/// exist, aggregates and operators must be known and fit the column's type, values must be of
/// the column's type. What passes becomes an `Understanding`, planned and compiled like any
/// offline answer (bound values, never the model's text as SQL).
enum ModelQuery {
    struct Invalid: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// The JSON object in `content` (a model may wrap it in prose or a code fence).
    static func object(in content: String) throws -> [String: JSONValue] {
        guard let a = content.firstIndex(of: "{"), let b = content.lastIndex(of: "}"), a < b,
            case .object(let o) = try JSONCoding.decode(JSONValue.self, from: Data(content[a...b].utf8))
        else { throw Invalid("the model's answer holds no JSON object") }
        return o
    }

    static func understanding(_ o: [String: JSONValue], _ lexicon: Lexicon) throws -> Understanding {
        var u = Understanding()
        func field(_ v: JSONValue?) throws -> Int {
            guard case .string(let name)? = v, let f = lexicon.field(named: name) else {
                throw Invalid("unknown column \(v?.display ?? "null")")
            }
            return f
        }
        guard case .array(let measures)? = o["measures"], !measures.isEmpty, measures.count <= 2 else {
            throw Invalid("the model found nothing to measure")
        }
        for case .object(let m) in measures {
            guard case .string(let name)? = m["aggregate"], let a = Aggregate(rawValue: name) else {
                throw Invalid("unknown aggregate \(m["aggregate"]?.display ?? "null")")
            }
            if a == .count, m["column"] == nil || m["column"] == .null {
                u.measures.append(.init(aggregate: .count, field: nil))
                continue
            }
            let f = try field(m["column"])
            if [.sum, .avg, .median].contains(a), !lexicon.fields[f].type.isNumeric {
                throw Invalid("\(a.rawValue) of the text column \(lexicon.fields[f].name)")
            }
            u.measures.append(.init(aggregate: a, field: f))
        }
        guard u.measures.count == measures.count else { throw Invalid("a measure is not an object") }
        if case .array(let dims)? = o["dimensions"] {
            guard dims.count <= 2 else { throw Invalid("more than two groupings") }
            for case .object(let d) in dims {
                let f = try field(d["column"])
                var grain: TimeGrain?
                if lexicon.fields[f].type.isTemporal {
                    if case .string(let g)? = d["grain"] {
                        guard let known = TimeGrain(rawValue: g) else { throw Invalid("unknown grain \(g)") }
                        grain = known
                    } else {
                        grain = .month
                    }
                }
                u.dimensions.append(.init(field: f, grain: grain))
            }
        }
        if case .array(let filters)? = o["filters"] {
            for case .object(let c) in filters { u.filters.append(try filter(c, lexicon, field)) }
        }
        if case .number(let n)? = o["limit"] {
            guard n >= 1, n <= 10_000, n == n.rounded() else { throw Invalid("limit \(n)") }
            u.limit = Int(n)
        }
        if case .string(let d)? = o["order"], d == "asc" || d == "desc" { u.descending = d == "desc" }
        u.content = 1
        u.grounded = 1
        return u
    }

    private static func filter(
        _ c: [String: JSONValue], _ lexicon: Lexicon, _ field: (JSONValue?) throws -> Int
    ) throws -> (field: Int, op: Filter.Operator, values: [SQLValue]) {
        let f = try field(c["column"])
        guard case .string(let name)? = c["op"], let op = Filter.Operator(rawValue: name), op != .contains else {
            throw Invalid("unknown operator \(c["op"]?.display ?? "null")")
        }
        var raw: [JSONValue] = []
        if case .array(let a)? = c["values"] { raw = a } else if let v = c["values"] ?? c["value"] { raw = [v] }
        let type = lexicon.fields[f].type
        let values = try raw.map { v -> SQLValue in
            switch (v, type.isNumeric) {
            case (.number(let n), true): return .real(n)
            case (.string(let s), true):
                guard let n = Double(s) else { throw Invalid("\(s) is not a number") }
                return .real(n)
            case (.string(let s), false): return .text(s)
            case (.number(let n), false): return .text(SQLValue.format(n))
            case (.bool(let b), _): return type.isNumeric ? .integer(b ? 1 : 0) : .text(b ? "true" : "false")
            default: throw Invalid("a filter value of \(lexicon.fields[f].name) is \(v.display)")
            }
        }
        let needed: ClosedRange<Int>
        switch op {
        case .isNull, .isNotNull: needed = 0...0
        case .between: needed = 2...2
        case .oneOf, .noneOf: needed = 1...1_000
        default: needed = 1...1
        }
        guard needed.contains(values.count) else { throw Invalid("\(name) with \(values.count) values") }
        return (f, op, values)
    }
}
