/// A bound expression: names resolved to column indexes, parameters and scalar subqueries to
/// constants, aggregates and group keys to slots of the grouped result.
indirect enum Node: Hashable, Sendable {
    case column(Int)
    /// A value, with the affinity it brings to comparisons (a subquery's column), if any.
    case constant(SQLValue, Affinity?)
    /// Aggregate `i` of the group (only after grouping).
    case aggregate(Int)
    /// Group key `i` of the group (only after grouping).
    case groupKey(Int)
    case negate(Node)
    case not(Node)
    case and(Node, Node)
    case or(Node, Node)
    case arithmetic(ArithmeticOperator, Node, Node)
    case concat(Node, Node)
    case compare(ComparisonOperator, Node, Node, Affinity?)
    /// `IS` / `IS NOT`.
    case same(Node, Node, negated: Bool, Affinity?)
    case isNull(Node, negated: Bool)
    case inList(Node, [Node], negated: Bool, Affinity?)
    case like(Node, Node, negated: Bool)
    case caseWhen(base: Node?, whens: [Node], thens: [Node], otherwise: Node?, affinities: [Affinity?])
    case function(ScalarFunction, [Node])
    /// A SQLite built-in over one text column, computed per dictionary entry.
    case dictionaryCall(DictionaryCall)
    /// A SQLite built-in over aggregates and group keys: SQLite computes it once per group.
    case groupCall(name: String, [Node])
    case cast(Node, Affinity)

    /// The table columns this expression reads.
    var columns: Set<Int> {
        var out = Set<Int>()
        visit { if case .column(let c) = $0 { out.insert(c) } }
        return out
    }

    /// Whether the expression reads aggregates or group keys (so only makes sense per group).
    var isGrouped: Bool {
        var found = false
        visit {
            switch $0 {
            case .aggregate, .groupKey: found = true
            default: break
            }
        }
        return found
    }

    /// Calls `body` on this node and every node below it.
    func visit(_ body: (Node) -> Void) {
        body(self)
        switch self {
        case .column, .constant, .aggregate, .groupKey: break
        case .negate(let a), .not(let a), .isNull(let a, _), .cast(let a, _): a.visit(body)
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b), .concat(let a, let b),
            .compare(_, let a, let b, _), .same(let a, let b, _, _), .like(let a, let b, _):
            a.visit(body)
            b.visit(body)
        case .inList(let a, let list, _, _):
            a.visit(body)
            for n in list { n.visit(body) }
        case .caseWhen(let base, let whens, let thens, let otherwise, _):
            base?.visit(body)
            for n in whens + thens { n.visit(body) }
            otherwise?.visit(body)
        case .function(_, let args), .groupCall(_, let args): for n in args { n.visit(body) }
        case .dictionaryCall(let call): for n in call.arguments { n.visit(body) }
        }
    }

    /// The affinity the expression brings to a comparison (columns, CASTs, subqueries), if any.
    func affinity(in columns: [ColumnarColumn]) -> Affinity? {
        switch self {
        case .column(let c): return columns[c].affinity
        case .constant(_, let a): return a
        case .cast(_, let a): return a
        default: return nil
        }
    }
}
