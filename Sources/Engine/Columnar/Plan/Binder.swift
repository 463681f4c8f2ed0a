/// Resolves a parsed expression against one table: columns, parameters, scalar subqueries
/// (run at once), aggregates and, in a grouped query, group keys.
import Foundation

struct Binder {
    let table: ColumnarTable
    let tableAlias: String?
    let parameters: [String: SQLValue]
    /// Runs a scalar subquery: its value, the affinity and declared type of its column.
    let subquery: (SelectStatement) throws -> (SQLValue, Affinity?, ColumnType?)
    /// Computes the SQLite built-ins the engine has no Swift version of.
    let functions: SQLiteFunctionRunner
    /// Result aliases usable in WHERE, GROUP BY, HAVING and ORDER BY.
    var aliases: [String: SyntaxExpression] = [:]
    var aggregates: [AggregateCall] = []
    var groupKeys: [Node] = []

    /// `e` bound; `grouped` for expressions evaluated per group (select list and HAVING of an
    /// aggregate query); `useAliases` where SQLite resolves result aliases.
    mutating func bind(_ e: SyntaxExpression, grouped: Bool, useAliases: Bool) throws -> Node {
        if case .call(let name, let args, let distinct, let star) = e,
            let kind = try AggregateCall.kind(name, arity: args.count, star: star, distinct: distinct)
        {
            guard grouped else { throw ColumnarError.unsupported("an aggregate outside the select list or HAVING") }
            let argument = try args.first.map { try bind($0, grouped: false, useAliases: false) }
            let call = AggregateCall(kind: kind, argument: argument)
            if let i = aggregates.firstIndex(of: call) { return .aggregate(i) }
            aggregates.append(call)
            return .aggregate(aggregates.count - 1)
        }
        if grouped, !Self.containsAggregate(e) {
            var copy = self
            if let node = try? copy.bind(e, grouped: false, useAliases: useAliases) {
                if let k = groupKeys.firstIndex(of: node) { return .groupKey(k) }
                if node.columns.isEmpty { return node }
            }
            if case .column(nil, let name, _) = e, table.columnIndex(name) == nil, useAliases,
                let aliased = aliases[name.lowercased()]
            {
                return try bind(aliased, grouped: true, useAliases: false)
            }
            if case .column = e { throw ColumnarError.unsupported("a column that is neither grouped nor aggregated") }
        }
        func sub(_ x: SyntaxExpression) throws -> Node { try bind(x, grouped: grouped, useAliases: useAliases) }
        switch e {
        case .literal(let v): return .constant(v, nil)
        case .parameter(let name):
            guard let v = parameters[name] else { throw ColumnarError.unsupported("no value for parameter :\(name)") }
            return .constant(v, nil)
        case .column(let qualifier, let name, _):
            if let qualifier, qualifier.caseInsensitiveCompare(tableAlias ?? table.name) != .orderedSame {
                throw ColumnarError.unsupported("no such table \(qualifier)")
            }
            if let c = table.columnIndex(name) { return .column(c) }
            if qualifier == nil, useAliases, let aliased = aliases[name.lowercased()] {
                return try bind(aliased, grouped: grouped, useAliases: false)
            }
            throw ColumnarError.unsupported("no such column \(name)")
        case .unary(let op, let a): return op == "not" ? .not(try sub(a)) : .negate(try sub(a))
        case .binary(let op, let a, let b):
            let x = try sub(a), y = try sub(b)
            switch op {
            case "and": return .and(x, y)
            case "or": return .or(x, y)
            case "||": return .concat(x, y)
            case "+": return .arithmetic(.add, x, y)
            case "-": return .arithmetic(.subtract, x, y)
            case "*": return .arithmetic(.multiply, x, y)
            case "/": return .arithmetic(.divide, x, y)
            case "%": return .arithmetic(.remainder, x, y)
            default:
                let ops: [String: ComparisonOperator] = [
                    "=": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual,
                ]
                guard let cmp = ops[op] else { throw ColumnarError.unsupported("the operator \(op)") }
                return .compare(cmp, x, y, comparison(x, y))
            }
        case .call(let name, let args, let distinct, let star):
            if !distinct, !star,
                let node = try Self.sqliteCall(name, args, table: table, functions: functions, bind: sub)
            {
                return node
            }
            guard let f = ScalarFunction(rawValue: name == "substring" ? "substr" : name), !distinct, !star else {
                throw ColumnarError.unsupported("the function \(name)()")
            }
            guard f.arity.contains(args.count) else {
                throw ColumnarError.unsupported("\(name)() with this many arguments")
            }
            return .function(f, try args.map(sub))
        case .caseWhen(let base, let branches, let otherwise):
            let b = try base.map(sub)
            let whens = try branches.map { try sub($0.when) }
            return .caseWhen(
                base: b, whens: whens, thens: try branches.map { try sub($0.then) },
                otherwise: try otherwise.map(sub), affinities: whens.map { w in b.flatMap { comparison($0, w) } })
        case .inList(let a, let list, let negated):
            let x = try sub(a)
            let aff = x.affinity(in: table.columns)
            return .inList(x, try list.map(sub), negated: negated, aff == .blob ? nil : aff)
        case .between(let a, let low, let high, let negated):
            let x = try sub(a), lo = try sub(low), hi = try sub(high)
            let both = Node.and(
                .compare(.greaterOrEqual, x, lo, comparison(x, lo)), .compare(.lessOrEqual, x, hi, comparison(x, hi)))
            return negated ? .not(both) : both
        case .isNull(let a, let negated): return .isNull(try sub(a), negated: negated)
        case .isDistinct(let a, let b, let negated):
            let x = try sub(a), y = try sub(b)
            return .same(x, y, negated: negated, comparison(x, y))
        case .like(let a, let b, let negated): return .like(try sub(a), try sub(b), negated: negated)
        case .cast(let a, let type): return .cast(try sub(a), Affinity(declaredType: type))
        case .subquery(let s):
            let (v, aff, _) = try subquery(s)
            return .constant(v, aff)
        }
    }

    private func comparison(_ a: Node, _ b: Node) -> Affinity? {
        Affinity.comparison(a.affinity(in: table.columns), b.affinity(in: table.columns))
    }

    /// Whether `e` calls an aggregate (outside subqueries).
    static func containsAggregate(_ e: SyntaxExpression) -> Bool {
        switch e {
        case .literal, .parameter, .column, .subquery: return false
        case .call(let name, let args, let distinct, let star):
            if (try? AggregateCall.kind(name, arity: args.count, star: star, distinct: distinct)) != nil
                && ["count", "sum", "total", "avg", "min", "max"].contains(name)
                && !((name == "min" || name == "max") && args.count > 1)
            {
                return true
            }
            return args.contains(where: containsAggregate)
        case .unary(_, let a), .isNull(let a, _), .cast(let a, _): return containsAggregate(a)
        case .binary(_, let a, let b), .isDistinct(let a, let b, _), .like(let a, let b, _):
            return containsAggregate(a) || containsAggregate(b)
        case .between(let a, let b, let c, _): return [a, b, c].contains(where: containsAggregate)
        case .inList(let a, let list, _): return containsAggregate(a) || list.contains(where: containsAggregate)
        case .caseWhen(let base, let branches, let otherwise):
            return (base.map(containsAggregate) ?? false) || (otherwise.map(containsAggregate) ?? false)
                || branches.contains { containsAggregate($0.when) || containsAggregate($0.then) }
        }
    }
}
