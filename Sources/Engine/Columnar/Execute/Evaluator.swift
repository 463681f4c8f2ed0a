/// Evaluates bound expressions for one row of a table, one entry of a text column's
/// dictionary (`dictionary`), or one group (`aggregates`, `keys`).
struct Evaluator {
    let columns: [ColumnarColumn]
    /// When set, column `column` reads `values[row]` instead of the table (row = dictionary code).
    var dictionary: (column: Int, values: [SQLValue])?
    /// Per aggregate, its value in each group.
    var aggregates: [[SQLValue]] = []
    /// Per group key, its value in each group.
    var keys: [[SQLValue]] = []
    /// SQLite computing `groupCall` nodes (set where groups are evaluated).
    var functions: SQLiteFunctionRunner?

    init(columns: [ColumnarColumn]) { self.columns = columns }

    func eval(_ n: Node, _ row: Int) throws -> SQLValue {
        switch n {
        case .column(let c):
            if let d = dictionary, d.column == c { return d.values[row] }
            return columns[c].storage.value(at: row)
        case .constant(let v, _): return v
        case .aggregate(let i): return aggregates[i][row]
        case .groupKey(let i): return keys[i][row]
        case .negate(let a):
            switch try ValueOps.number(try eval(a, row)) {
            case .integer(let i) where i != Int64.min: return .integer(-i)
            case .integer(let i): return .real(-Double(i))
            case .real(let d): return .real(-d)
            default: return .null
            }
        case .not(let a):
            guard let t = ValueOps.truth(try eval(a, row)) else { return .null }
            return .integer(t ? 0 : 1)
        case .and(let a, let b):
            let x = ValueOps.truth(try eval(a, row))
            if x == false { return .integer(0) }
            let y = ValueOps.truth(try eval(b, row))
            if y == false { return .integer(0) }
            return x == nil || y == nil ? .null : .integer(1)
        case .or(let a, let b):
            let x = ValueOps.truth(try eval(a, row))
            if x == true { return .integer(1) }
            let y = ValueOps.truth(try eval(b, row))
            if y == true { return .integer(1) }
            return x == nil || y == nil ? .null : .integer(0)
        case .arithmetic(let op, let a, let b): return try ValueOps.arithmetic(op, try eval(a, row), try eval(b, row))
        case .concat(let a, let b):
            guard let x = try ValueOps.text(try eval(a, row)), let y = try ValueOps.text(try eval(b, row)) else {
                return .null
            }
            return .text(x + y)
        case .compare(let op, let a, let b, let aff):
            return try ValueOps.compare(op, try eval(a, row), try eval(b, row), aff)
        case .same(let a, let b, let negated, let aff):
            let x = try eval(a, row), y = try eval(b, row)
            let equal: Bool
            if x.isNull || y.isNull {
                equal = x.isNull && y.isNull
            } else {
                equal = try ValueOps.compare(.equal, x, y, aff) == .integer(1)
            }
            return .integer(equal != negated ? 1 : 0)
        case .isNull(let a, let negated): return .integer(try eval(a, row).isNull != negated ? 1 : 0)
        case .inList(let a, let list, let negated, let aff):
            let x = try eval(a, row)
            if list.isEmpty { return .integer(negated ? 1 : 0) }
            if x.isNull { return .null }
            var sawNull = false
            for item in list {
                let y = try eval(item, row)
                if y.isNull {
                    sawNull = true
                } else if try ValueOps.compare(.equal, x, y, aff) == .integer(1) {
                    return .integer(negated ? 0 : 1)
                }
            }
            return sawNull ? .null : .integer(negated ? 1 : 0)
        case .like(let a, let b, let negated):
            guard let s = try ValueOps.text(try eval(a, row)), let p = try ValueOps.text(try eval(b, row)) else {
                return .null
            }
            return .integer(LikePattern.matches(Array(s.utf8), pattern: Array(p.utf8)) != negated ? 1 : 0)
        case .caseWhen(let base, let whens, let thens, let otherwise, let affs):
            let b = try base.map { try eval($0, row) }
            for (i, w) in whens.enumerated() {
                let hit: Bool
                if let b {
                    hit = try ValueOps.compare(.equal, b, try eval(w, row), affs[i]) == .integer(1)
                } else {
                    hit = ValueOps.truth(try eval(w, row)) == true
                }
                if hit { return try eval(thens[i], row) }
            }
            return try otherwise.map { try eval($0, row) } ?? .null
        case .function(let f, let args): return try ScalarFunctions.call(f, try args.map { try eval($0, row) })
        case .groupCall(let name, let args):
            guard let functions else { throw ColumnarError.unsupported("\(name)() outside a group") }
            return try functions.call(name, try args.map { try eval($0, row) })
        case .dictionaryCall(let call):
            if let d = dictionary, d.column == call.column { return call.values[row] }
            guard case .text(let codes, _) = columns[call.column].storage else {
                throw ColumnarError.unsupported("\(call.name)() over a column that is not dictionary-encoded")
            }
            return call.value(code: codes[row])
        case .cast(let a, let affinity): return try Cast.apply(try eval(a, row), as: affinity)
        }
    }
}
