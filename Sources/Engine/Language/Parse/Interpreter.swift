/// Reads tagged items left to right and fills an `Understanding`. Words, numbers and dates it
/// cannot place are set aside and lower the confidence; it refuses (throws) only when no measure
/// or subject can be grounded, or when a phrase names several columns equally well.
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
        var pendingUnit: Unit?
        var lastColumn: Int?
        var lastWasColumn = false
        /// Whether the item before the current one was a column.
        var previousWasColumn = false
        var rows = false
        var sortByNext = false
        var afterShare = false
        var afterExtreme = false
        /// A grouping was just added after "by": "and X" adds another.
        var byChain = false
        /// "how many", "count", "rows": the rows themselves were asked for.
        var explicitCount = false
        /// An aggregate ("average") was followed by "by" or the end before any column.
        var orphanAggregate: Aggregate?
        /// "missing", "no": the next column (or the one just named) is tested for NULL.
        var missing = false
        /// A number right before a numeric grouping column ("6 cylinders").
        var equalsNext: Double?
        /// The adjective of the last superlative ("heaviest"), to find its measure.
        var adjective: String?
        /// Unknown words that look like plural nouns (things counted: "deaths", "flights").
        var countedNouns: [String] = []
        /// The column of the value just read ("control" of group).
        var lastValueField: Int?
        /// A column whose name is also an aggregate word ("total"), when just read.
        var aggregateColumn: (field: Int, aggregate: Aggregate)?
        var previousAggregateColumn: (field: Int, aggregate: Aggregate)?
        /// The item before the current one, and the current and the previous item's text.
        var previousItem: Item?
        var nextItem: Item?
        var text = ""
        var previousText = ""
        /// Whether the next item is a column ("days have missing ozone": the missing column follows).
        var columnNext = false
        /// A column just added as a grouping without "by" ("for color D" until the value comes).
        var bareDimension: Int?
        /// Whether that grouping word came right after an aggregate ("average firm …").
        var adjunct = false
        /// Whether "distinct" / "unique" was said.
        var sawDistinct = false
        /// The word right after a comparison's number with no column ("over 1000000 people").
        var afterNumber: String?
        /// Unknown words right after a number ("8 gb", "10000 votes"): the number's unit, no measure.
        var unitWords: Set<String> = []
        /// Columns with a different value in every row named with no "by" ("gram positive
        /// bacteria"): the rows themselves unless the question ranks them (`settle`).
        var rowNames: Set<Int> = []
        /// Whether the rows are people ("patients over 65": a number compared is an age).
        var people = false
        /// Measures followed by "level" or "rate" ("murder rate"): averaged when no aggregate is said.
        var levels: Set<Int> = []
        /// Whether a comparison came right after a word for people ("patients under 40").
        var personCompared = false
    }

    func interpret(_ tagged: [TaggedItem], range: TimeRange? = nil) throws -> Understanding {
        let items = restated(tagged)
        var u = Understanding()
        u.range = range
        if range != nil {
            u.content += 1
            u.grounded += 1
        }
        var s = State()
        for (k, tagged) in items.enumerated() {
            if Words.personNouns.contains(Words.singular(tagged.text.lowercased())) { s.people = true }
            if case .unknown = tagged.item, let unit = Unit.named(tagged.text), !unit.dimension.isEmpty,
                let f = u.measures.last?.field, let own = lexicon.fields[f].unit, own.dimension == unit.dimension
            {
                // "average body mass in kg": the answer converted to the unit asked for.
                u.content += 1
                u.grounded += 1
                u.scale = (own.factor / unit.factor, tagged.text)
                continue
            }
            if case .unknown = tagged.item, u.measures.isEmpty, s.compare == nil, let unit = Unit.named(tagged.text),
                !unit.dimension.isEmpty
            {
                // "total miles flown": the one column measured in miles.
                let hits = lexicon.fields.indices.filter {
                    lexicon.fields[$0].isMeasure && lexicon.fields[$0].unit?.dimension == unit.dimension
                }
                if hits.count == 1 {
                    account(.column(hits[0]), &u)
                    column(hits[0], &u, &s)
                    s.lastWasColumn = true
                    continue
                }
            }
            if case .unknown = tagged.item {
                // Words that ground to nothing do not separate a column from what follows it.
                account(tagged.item, &u)
                if case .column? = items[safe: k - 1]?.item, !s.afterBy {
                    // "player salaries": the word names something of the column's, not in the table.
                    u.content += 1
                }
                u.unknown.append(tagged.text)
                if case .number? = items[safe: k - 1]?.item, items[k - 1].unit == nil {
                    s.unitWords.insert(tagged.text)
                }
                if s.afterBy && !Self.looksPlural(tagged.text) && u.dimensions.isEmpty {
                    let words = u.unknown.map { "\"\($0)\"" }.joined(separator: ", ")
                    throw LanguageError(
                        "I could not find \(words) in this table (\"\(tagged.text)\" to group by).",
                        suggestions: suggestions())
                }
                if Self.looksPlural(tagged.text), countable(items, k, range: range) {
                    s.countedNouns.append(tagged.text)
                }
                continue
            }
            if k == 0, pluralSubject(items) {
                // "states with murder over 10", "days with more than 20 mm": the rows counted.
                account(tagged.item, &u)
                s.rows = true
                s.explicitCount = true
                continue
            }
            s.previousItem = items[safe: k - 1]?.item
            s.nextItem = items[safe: k + 1]?.item
            if case .column? = items[safe: k + 1]?.item { s.columnNext = true } else { s.columnNext = false }
            s.previousText = items[safe: k - 1]?.text ?? ""
            s.text = tagged.text
            if case .column(let f) = tagged.item, lexicon.fields[f].isMeasure, case .unknown(let w)? = s.previousItem,
                !Self.looksPlural(w)
            {
                // "fuel cost", "driver rating": a word that names nothing, right before the
                // measure, may name a different measure: the answer is less certain.
                u.content += 1
            }
            let wasColumn = s.lastWasColumn
            s.previousWasColumn = wasColumn
            s.lastWasColumn = false
            if case .keyword(.and) = tagged.item {} else if case .column = tagged.item {} else { s.byChain = false }
            if case .value = tagged.item {} else if case .column = tagged.item {} else { s.lastValueField = nil }
            s.previousAggregateColumn = s.aggregateColumn
            s.aggregateColumn = nil
            if case .column(let f) = tagged.item, let a = Synonyms.aggregateWords[tagged.text] {
                s.aggregateColumn = (f, a)
            }
            let afterShare = s.afterShare
            s.afterShare = false
            s.afterExtreme = false
            if case .keyword(.extreme) = tagged.item {
                s.afterExtreme = true
                s.adjective = tagged.text
            }
            if case .keyword(.extreme) = items[safe: k - 1]?.item, case .column = tagged.item { s.afterExtreme = true }
            account(tagged.item, &u)
            if tagged.guessed { u.grounded -= 0.5 }
            switch tagged.item {
            case .unknown:
                break
            case .ambiguous(let cols) where directional(cols, s: s, u: u) != nil:
                column(directional(cols, s: s, u: u)!, &u, &s)
                s.lastWasColumn = true
            case .ambiguous(let cols) where namedElsewhere(cols, items, at: k) != nil:
                column(namedElsewhere(cols, items, at: k)!, &u, &s)
                s.lastWasColumn = true
            case .ambiguous(let cols):
                throw LanguageError(
                    "\"\(tagged.text)\" could mean several columns: \(cols.map { lexicon.fields[$0].name }.joined(separator: ", ")).",
                    suggestions: cols.map { lexicon.fields[$0].name })
            case .date(let d):
                u.unknown.append(d)
                u.grounded -= 1
            case .table:
                s.rows = true
            case .value(let f, let v):
                addValueFilter(&u, f, v, negate: s.negate)
                s.negate = false
                s.lastValueField = f
                if !s.sawDistinct,
                    let i = u.measures.firstIndex(where: { $0.field == f && $0.aggregate == .countDistinct })
                {
                    // "how many journals are published by Elsevier": the rows with the value.
                    u.measures[i] = .init(aggregate: .count, field: nil)
                }
                if s.bareDimension == f, case .column(f)? = s.previousItem {
                    // "for color D": the column word introduces its value, it is no grouping.
                    u.dimensions.removeAll { $0.field == f }
                    u.argmax = false
                }
                // "published by Elsevier": a value after "by" filters.
                s.afterBy = false
            case .column(let f) where s.lastValueField == f && !s.afterBy:
                // "the control group", "Dream island": the column word restates the value.
                s.lastValueField = nil
            case .number(let n):
                let word: String? =
                    switch items[safe: k + 1]?.item {
                    case .unknown?, .keyword(.rows)?: items[k + 1].text
                    default: nil
                    }
                try number(n, tagged.unit, &u, &s, wasColumn: wasColumn, next: items[safe: k + 1]?.item, nextText: word)
            case .column(let f) where afterShare && !s.afterBy && lexicon.fields[f].type.isTemporal:
                s.rows = true
            case .column(let f):
                column(f, &u, &s)
                s.lastWasColumn = true
                if tagged.level { s.levels.insert(f) }
            case .keyword(.grain) where afterShare && !s.afterBy:
                s.rows = true
            case .keyword(let kw):
                try keyword(kw, &u, &s)
            }
        }
        if let op = s.compare, op != .between, let n = s.pendingNumber, let f = comparedColumn(s, u) {
            // "orders over $500", "earning over 120000": the money column, or the one measure.
            u.filters.append((f, op, [.real(lexicon.fields[f].convert(n, from: s.pendingUnit))]))
            dropMeasure(f, &u)
            s.compare = nil
        }
        if s.compare != nil || !s.between.isEmpty {
            throw LanguageError(
                "a comparison (above, below, between) needs a number after it.", suggestions: suggestions())
        }
        try settle(&u, &s)
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
        _ n0: Double, _ unit: Unit?, _ u: inout Understanding, _ s: inout State, wasColumn: Bool, next: Item?,
        nextText: String?
    ) throws {
        if let unit, !unit.dimension.isEmpty,
            s.lastColumn.map({ lexicon.fields[$0].unit?.dimension != unit.dimension }) ?? true
        {
            // "over 3000 lbs": the one column measured in that kind of unit.
            let hits = lexicon.fields.indices.filter { lexicon.fields[$0].unit?.dimension == unit.dimension }
            if hits.count == 1 { s.lastColumn = hits[0] }
        }
        let n = s.lastColumn.map { lexicon.fields[$0].convert(n0, from: unit) } ?? n0
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
        if case .keyword(.extreme)? = s.previousItem, u.limit == nil, n >= 1, n <= 1_000, n == n.rounded(),
            s.compare == nil, s.between.isEmpty
        {
            // "the cheapest 2 journals", "lightest 3 animals": how many to rank.
            u.limit = Int(n)
            return
        }
        if s.compare != nil, case .column(let g)? = next, lexicon.fields[g].type.isNumeric, g != s.lastColumn {
            // "above 1 carat": the column after the number is the one compared.
            s.pendingNumber = n0
            s.pendingUnit = unit
            return
        }
        if let op = s.compare {
            guard let f = s.lastColumn, lexicon.fields[f].type.isNumeric else {
                s.pendingNumber = n0
                s.pendingUnit = unit
                s.afterNumber = nextText
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
        if case .column(let f)? = next, lexicon.fields[f].type.isNumeric, lexicon.fields[f].isDimension {
            s.equalsNext = n0
            return
        }
        if s.top == nil, u.limit == nil, n >= 1, n <= 1_000, n == n.rounded(), isRankingAhead(next) {
            u.limit = Int(n)
            return
        }
        // A number that fits nowhere is set aside, like an unknown word.
        u.unknown.append(SQLValue.format(n0))
        u.grounded -= 1
    }

    /// The column a trailing comparison with no column of its own tests: for an amount of
    /// money the table's one money measure, else the question's one measure, else the table's.
    private func comparedColumn(_ s: State, _ u: Understanding) -> Int? {
        let priced = u.unknown.contains {
            ["cost", "costs", "costing", "priced", "pricing", "paid", "selling"].contains($0)
        }
        if s.pendingUnit?.dimension == "money" || priced {
            let money = lexicon.fields.indices.filter { lexicon.fields[$0].isMeasure && lexicon.fields[$0].isMoney }
            let amounts = money.filter { !lexicon.fields[$0].isAveraged }
            if amounts.count == 1 { return amounts[0] }
            if money.count == 1 { return money[0] }
        }
        if s.personCompared, let age = lexicon.ageColumn { return age }
        let named = Set(
            u.measures.filter { ![.count, .countDistinct].contains($0.aggregate) }.compactMap(\.field).filter {
                lexicon.fields[$0].type.isNumeric
            })
        if named.count == 1 { return named.first }
        let tagger = Tagger(lexicon: lexicon)
        let verbs = Set(
            u.unknown.filter(Words.isVerbForm).compactMap { w -> Int? in
                // "states that executed more than 5": the numeric column the verb's stem names.
                guard let known = tagger.grounding(w),
                    case .column(let c)? = lexicon.matches([known], at: 0).first?.meaning,
                    lexicon.fields[c].isMeasure
                else { return nil }
                return c
            })
        if verbs.count == 1 { return verbs.first }
        if let w = s.afterNumber {
            // "counties with more than 1000000 people": the numeric column the word names, or
            // of several the one that is their whole (`poptotal`).
            let cols = Set(
                lexicon.matches([w], at: 0).compactMap { e -> Int? in
                    if case .column(let c) = e.meaning, lexicon.fields[c].type.isNumeric { return c }
                    return nil
                })
            if cols.count == 1 { return cols.first }
            if let whole = Tagger(lexicon: lexicon).plainColumn(cols, words: [w]) { return whole }
            if cols.isEmpty, Self.looksPlural(w), !Words.personNouns.contains(Words.singular(w)),
                let t = lexicon.wholeColumn
            {
                // "districts with more than 10000 votes" over columns of votes and their `total`.
                return t
            }
        }
        if s.people, let age = lexicon.ageColumn { return age }
        return lexicon.onlyMeasure
    }

    /// A column used as a filter subject is not also a measure (unless aggregated explicitly).
    func dropMeasure(_ f: Int, _ u: inout Understanding) {
        if let i = u.measures.lastIndex(where: { $0.field == f && $0.aggregate == nil }) { u.measures.remove(at: i) }
    }
}
