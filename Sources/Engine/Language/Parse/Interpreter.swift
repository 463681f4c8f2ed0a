/// Reads tagged items left to right and fills an `Understanding`; refuses (throws) on words,
/// numbers or columns it cannot place.
struct Interpreter {
    let lexicon: Lexicon

    struct State {
        var aggregate: Aggregate?
        var count = false
        var distinct = false
        var afterBy = false
        var which = false
        var negate = false
        var compare: Filter.Operator?
        var between: [Double] = []
        var top: Bool?
        var pendingNumber: Double?
        var lastColumn: Int?
        var lastWasColumn = false
        var rows = false
        var sortByNext = false
        var afterShare = false
        var afterExtreme = false
        /// A grouping was just added after "by": "and X" adds another.
        var byChain = false
    }

    func interpret(_ items: [TaggedItem]) throws -> Understanding {
        var u = Understanding()
        var s = State()
        for (k, tagged) in items.enumerated() {
            let wasColumn = s.lastWasColumn
            s.lastWasColumn = false
            if case .keyword(.and) = tagged.item {} else if case .column = tagged.item {} else { s.byChain = false }
            let afterShare = s.afterShare
            s.afterShare = false
            s.afterExtreme = false
            if case .keyword(.extreme) = tagged.item { s.afterExtreme = true }
            if case .keyword(.extreme) = items[safe: k - 1]?.item, case .column = tagged.item { s.afterExtreme = true }
            switch tagged.item {
            case .unknown(let w)
            where s.count && u.measures.isEmpty && w.hasSuffix("s") && w.count > 3
                && items.filter({ if case .unknown = $0.item { return true } else { return false } }).count == 1:
                // "how many flowers": the thing counted is the rows.
                s.rows = true
            case .unknown(let w):
                throw LanguageError("I did not understand \"\(w)\".", suggestions: suggestions())
            case .ambiguous(let cols):
                throw LanguageError(
                    "\"\(tagged.text)\" could mean several columns: \(cols.map { lexicon.fields[$0].name }.joined(separator: ", ")).",
                    suggestions: cols.map { lexicon.fields[$0].name })
            case .date(let d):
                throw LanguageError("I could not place the date \(d) in this question.", suggestions: suggestions())
            case .table:
                s.rows = true
            case .value(let f, let v):
                addValueFilter(&u, f, v, negate: s.negate)
                s.negate = false
            case .number(let n):
                try number(n, &u, &s, wasColumn: wasColumn, next: items[safe: k + 1]?.item)
            case .column(let f) where afterShare && !s.afterBy && lexicon.fields[f].type.isTemporal:
                s.rows = true
            case .column(let f):
                column(f, &u, &s)
                s.lastWasColumn = true
            case .keyword(.grain) where afterShare && !s.afterBy:
                s.rows = true
            case .keyword(let kw):
                try keyword(kw, &u, &s)
            }
        }
        if s.compare != nil || !s.between.isEmpty {
            throw LanguageError(
                "a comparison (above, below, between) needs a number after it.", suggestions: suggestions())
        }
        if s.count || s.rows, u.measures.isEmpty {
            u.measures.append(.init(aggregate: .count, field: nil))
        }
        if u.measures.isEmpty && (u.argmax || u.extreme != nil) {
            throw LanguageError("I could not tell which measure to rank by.", suggestions: suggestions())
        }
        return u
    }

    func suggestions() -> [String] { lexicon.fields.map(\.name) }

    private func addValueFilter(_ u: inout Understanding, _ f: Int, _ v: SQLValue, negate: Bool) {
        let op: Filter.Operator = negate ? .noneOf : .oneOf
        if let i = u.filters.firstIndex(where: { $0.field == f && $0.op == op }) {
            if !u.filters[i].values.contains(v) { u.filters[i].values.append(v) }
        } else {
            u.filters.append((f, op, [v]))
        }
    }

    private func number(
        _ n: Double, _ u: inout Understanding, _ s: inout State, wasColumn: Bool, next: Item?
    ) throws {
        if s.top != nil && u.limit == nil && n >= 1 && n == n.rounded() {
            u.limit = Int(min(n, 10_000))
            return
        }
        if !s.between.isEmpty || s.compare == .between {
            s.between.append(n)
            if s.between.count == 2 {
                guard let f = s.lastColumn else { throw LanguageError("\"between\" needs a column to compare.") }
                u.filters.append(
                    (f, .between, [.real(min(s.between[0], s.between[1])), .real(max(s.between[0], s.between[1]))]))
                dropMeasure(f, &u)
                s.between = []
                s.compare = nil
            }
            return
        }
        if let op = s.compare {
            guard let f = s.lastColumn, lexicon.fields[f].type.isNumeric else {
                s.pendingNumber = n
                return
            }
            u.filters.append((f, op, [.real(n)]))
            dropMeasure(f, &u)
            s.compare = nil
            return
        }
        if wasColumn, let f = s.lastColumn, lexicon.fields[f].type.isNumeric, lexicon.fields[f].isDimension {
            u.filters.append((f, .equals, [.real(n)]))
            dropMeasure(f, &u)
            u.dimensions.removeAll { $0.field == f }
            return
        }
        if case .keyword(.extreme)? = next, n >= 1, n == n.rounded() {
            u.limit = Int(min(n, 10_000))
            return
        }
        if case .keyword(.top)? = next { return }
        throw LanguageError(
            "I could not tell what the number \(SQLValue.format(n)) refers to.", suggestions: suggestions())
    }

    /// A column used as a filter subject is not also a measure (unless aggregated explicitly).
    private func dropMeasure(_ f: Int, _ u: inout Understanding) {
        if let i = u.measures.lastIndex(where: { $0.field == f && $0.aggregate == nil }) { u.measures.remove(at: i) }
    }
}
