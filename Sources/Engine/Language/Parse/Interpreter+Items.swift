extension Interpreter {
    func column(_ f: Int, _ u: inout Understanding, _ s: inout State) {
        let field = lexicon.fields[f]
        defer { s.lastColumn = f }
        if field.type.isTemporal, !s.missing, s.compare == nil, u.dimensions.contains(where: { $0.field == f }) {
            // "monthly admissions" with `admit_dt`: the date column already groups by its grain.
            return
        }
        if let op = s.compare, let n = s.pendingNumber, field.type.isNumeric {
            u.filters.append((f, op, [.real(field.convert(n, from: s.pendingUnit))]))
            dropMeasure(f, &u)
            s.compare = nil
            s.pendingNumber = nil
            s.pendingUnit = nil
            return
        }
        if case .number? = s.previousItem, let last = u.filters.last, last.field == f,
            [.greater, .less, .greaterOrEqual, .lessOrEqual, .equals].contains(last.op)
        {
            // "delayed more than 30 minutes on departure": the column restates the comparison's.
            return
        }
        if s.missing {
            // "have no price", "missing body mass": rows where the column is empty.
            u.filters.append((f, .isNull, []))
            s.missing = false
            return
        }
        if let n = s.equalsNext, field.type.isNumeric {
            // "cars with 6 cylinders".
            u.filters.append((f, .equals, [.real(n)]))
            s.equalsNext = nil
            return
        }
        if s.sortByNext {
            s.sortByNext = false
            if field.isMeasure && !u.dimensions.isEmpty {
                u.measures.append(.init(aggregate: s.aggregate, field: f))
                s.aggregate = nil
                if u.descending == nil { u.descending = true }
                return
            }
        }
        let wantsGroup = s.afterBy || s.which
        if !wantsGroup, let (yes, no) = field.yesNoValues {
            // "for smokers", "non smokers", "how many smokers": a flag column filters.
            u.filters.append((f, .oneOf, [s.negate ? no : yes]))
            s.negate = false
            if s.count || s.distinct { s.rows = true }
            s.count = false
            s.distinct = false
            return
        }
        if wantsGroup {
            // "what's the biggest neomycin": a measure right after a superlative is what is ranked.
            let ordering =
                (s.afterBy && field.isMeasure && (!field.isDimension || s.top != nil || u.extreme != nil))
                || (!s.afterBy && field.isMeasure && s.afterExtreme)
            if !ordering && field.isDimension {
                u.dimensions.append(.init(field: f, grain: field.type.isTemporal ? .day : nil))
                s.byChain = s.afterBy
                if s.which && !s.afterBy { u.argmax = true }
                s.afterBy = false
                s.which = false
                return
            }
            s.afterBy = false
        }
        if field.type.isTemporal, !u.dimensions.isEmpty || (Words.singular(s.text) != s.text && !s.text.contains(" ")) {
            // "which carrier ships the most", "deaths by race" (`death_date`): a date column's word
            // with no "by", after a grouping or in the plural, names the rows' event: they are counted.
            s.rows = true
            return
        }
        if !s.afterBy, !s.which, s.aggregate == .sum || s.afterExtreme, field.type == .string,
            lexicon.countColumn != nil
        {
            // "total medals", "the most medals" in a table of counts: the counted things.
            s.rows = true
            s.aggregate = nil
            return
        }
        if s.afterExtreme && field.isDimension && !field.isMeasure && !u.dimensions.isEmpty {
            // "the most countries": rank by how many distinct values.
            u.measures.append(.init(aggregate: .countDistinct, field: f))
            return
        }
        if s.count, !s.distinct, let a = s.aggregate, a != .count, field.isMeasure {
            // "average number of children": the aggregate of the column, not a count.
            u.measures.append(.init(aggregate: a, field: f))
            s.count = false
            s.explicitCount = false
            s.aggregate = nil
            return
        }
        if s.count || s.distinct {
            if !s.distinct, u.filters.contains(where: { $0.field == f && $0.op == .oneOf }) {
                // "how many gold medals": the rows with that value, not its distinct count.
                s.rows = true
            } else if field.type == .string || field.type == .boolean || s.distinct {
                u.measures.append(.init(aggregate: .countDistinct, field: f))
            } else if field.isMeasure, !field.isAveraged,
                !field.isDimension || (field.type == .integer && Self.countsThings(field, said: s.text)),
                !lexicon.tableWords.map(Words.singular).contains(Words.singular(s.text))
            {
                // "total number of teachers", "how many rebounds": the column counts those things,
                // so its total answers (a condition on it later makes it a filter again); "how
                // many tips" in a table of tips still counts the rows.
                u.measures.append(.init(aggregate: nil, field: f))
                s.explicitCount = false
            } else {
                u.measures.append(.init(aggregate: .count, field: nil))
            }
            s.count = false
            s.distinct = false
            s.aggregate = nil
            return
        }
        if field.isMeasure, s.previousWasColumn, let (g, a) = s.previousAggregateColumn, g != f,
            let i = u.measures.lastIndex(where: { $0.field == g && $0.aggregate == nil })
        {
            // "total votes for Joly" where `total` is also a column: the word was the aggregate.
            u.measures.remove(at: i)
            s.aggregate = s.aggregate ?? a
        }
        if s.previousWasColumn, let g = s.lastColumn,
            g == f
                || (field.isMeasure && u.post == .none && !u.versus
                    && u.measures.last?.field == g && lexicon.fields[g].isMeasure)
        {
            // "marriage rating" read twice, "low price": one measure per phrase; of two
            // measures named in one phrase the last word, the head noun, names it
            // ("electricity cost": the cost).
            if g != f, !s.text.contains(" "), !s.previousText.contains(" "), case .column(g)? = s.previousItem,
                lexicon.fields[g].words.count > 1, let i = u.measures.indices.last
            {
                u.measures[i].field = f
            }
            return
        }
        if field.isMeasure, u.post == .none, !u.versus,
            u.measures.contains(where: { $0.field == f && ($0.aggregate == s.aggregate || s.aggregate == nil) })
        {
            // "cost in dollars", "uses the most energy": the same measure named twice is one.
            return
        }
        if field.isMeasure, let g = s.bareDimension, s.adjunct, case .column(g)? = s.previousItem {
            // "average firm value": a grouping word between the aggregate and its measure
            // qualifies the measure; it is no grouping.
            u.dimensions.removeAll { $0.field == g }
            u.argmax = false
            s.bareDimension = nil
        }
        if field.isMeasure || (s.aggregate == .min || s.aggregate == .max) {
            u.measures.append(.init(aggregate: s.aggregate, field: f))
            s.aggregate = nil
            return
        }
        if field.calendarPart != nil, s.top == nil, u.extreme == nil, Words.singular(s.text) != s.text {
            // "on days hotter than 85": the days are the rows, not a grouping.
            s.rows = true
            return
        }
        if field.isDimension, Words.singular(s.text) != s.text, !s.text.contains(" "),
            u.filters.last.map({ last in s.previousItem.map { Self.names($0, field: last.field) } ?? false }) ?? false
        {
            // "number of metro counties", "female penguins": the things with the value are the rows.
            s.rows = true
            return
        }
        if field.isDimension {
            if s.top != nil || u.extreme != nil { u.argmax = true }
            u.dimensions.append(.init(field: f, grain: field.type.isTemporal ? .day : nil))
            s.bareDimension = f
            if lexicon.namesEachRow(f) { s.rowNames.insert(f) }
            if case .keyword(.aggregate)? = s.previousItem { s.adjunct = u.measures.isEmpty } else { s.adjunct = false }
        }
    }

    func keyword(_ kw: Keyword, _ u: inout Understanding, _ s: inout State) throws {
        switch kw {
        case .aggregate(let a):
            if s.previousWasColumn, let f = s.lastColumn,
                let i = u.measures.lastIndex(where: { $0.field == f && $0.aggregate == nil })
            {
                // "experiment 3 average", "tip on average": the aggregate follows its column.
                u.measures[i].aggregate = a
            } else {
                s.aggregate = a
            }
        case .count:
            s.count = true
            s.explicitCount = true
        case .missing:
            if s.previousWasColumn, let f = s.lastColumn, !s.columnNext {
                // "how many ages are missing": the column just named is the one tested.
                u.measures.removeAll { $0.field == f && $0.aggregate != .count }
                u.dimensions.removeAll { $0.field == f }
                u.filters.append((f, .isNull, []))
                if u.measures.isEmpty { s.rows = true }
            } else {
                s.missing = true
            }
        case .distinct:
            s.distinct = true
            s.sawDistinct = true
        case .by:
            if let a = s.aggregate, u.measures.isEmpty, s.orphanAggregate == nil { s.orphanAggregate = a }
            if s.count {
                u.measures.append(.init(aggregate: .count, field: nil))
                s.count = false
            }
            s.afterBy = true
        case .which: s.which = true
        case .negation: s.negate = true
        case .compare(let op):
            s.compare = op
            if Words.personNouns.contains(Words.singular(s.previousText.lowercased())), let age = lexicon.ageColumn {
                // "patients under 40": the people's age is compared.
                s.personCompared = true
                s.lastColumn = age
            }
            if let f = adjectiveColumn(Self.superlative(of: s.text)) {
                // "hotter than 85": the measure the adjective ranks by is compared.
                s.lastColumn = f
            }
        case .between: if !u.versus && u.post != .difference { s.compare = .between }
        case .top, .bottom:
            s.top = kw == .top
            u.extreme = kw == .top
            if u.limit == nil, s.pendingNumber == nil { u.limit = nil }
        case .extreme(let h):
            u.extreme = h
            if s.which || !u.dimensions.isEmpty { u.argmax = u.argmax || s.which || !s.afterBy }
        case .grain where !s.afterBy && periodOfRows(s, u):
            if s.count {
                // "number of snowy days": the days are the rows counted.
                s.rows = true
                s.count = false
            }
        case .grain(let g):
            try grain(g, &u, &s)
        case .overTime:
            try grain(nil, &u, &s)
        case .share:
            u.post = .share
            s.afterShare = true
        case .growth: u.post = .growth
        case .growthBy(let g):
            u.post = .growth
            try grain(g, &u, &s)
        case .ratio: u.post = .ratio
        case .difference: u.post = .difference
        case .versus: u.versus = true
        case .chart(let c): u.chart = c
        case .sort(let d):
            if let d { u.descending = d } else { s.sortByNext = true }
        case .rows:
            s.rows = true
            s.explicitCount = true
        case .and:
            if s.byChain { s.afterBy = true }
        case .stop, .during, .from, .to, .since, .before, .after, .first, .last, .month, .quarterName, .season:
            // Date words left over once the date phrases were read.
            break
        }
    }

    /// Whether a grain word names the rows rather than a grouping: "short days" (after a
    /// value), "in a month" (one period), "average monthly deaths" (after an aggregate).
    func periodOfRows(_ s: State, _ u: Understanding) -> Bool {
        let plural = Words.singular(s.text) != s.text && !s.text.contains(" ")
        if case .value? = s.previousItem, plural { return true }
        // "days above 80 degrees", "months with more than 20 mm": the periods are the rows tested.
        if plural, case .keyword(let next)? = s.nextItem,
            next == .between || next == .compare(.greater)
                || next == .compare(.less) || next == .compare(.equals)
        {
            return true
        }
        if case .keyword(.during)? = s.previousItem, Words.singular(s.text) == s.text { return true }
        if let a = s.aggregate, a != .count, a != .sum, u.measures.isEmpty { return true }
        return false
    }

    /// A time grouping; `nil` grain: the natural grain for the data's span.
    private func grain(_ g: TimeGrain?, _ u: inout Understanding, _ s: inout State) throws {
        if s.count && g != nil && !s.afterBy {
            s.rows = true
            s.count = false
            return
        }
        if let t = lexicon.temporalFields.first {
            let grain = g ?? naturalGrain(t)
            if let i = u.dimensions.firstIndex(where: { $0.field == t }) {
                u.dimensions[i].grain = grain
            } else {
                u.dimensions.append(.init(field: t, grain: grain))
            }
        } else if let y = lexicon.fields.firstIndex(where: \.isYearNumber), g == .year || g == nil {
            if !u.dimensions.contains(where: { $0.field == y }) { u.dimensions.append(.init(field: y, grain: nil)) }
        } else if let g, let c = lexicon.fields.firstIndex(where: { $0.calendarPart == g }) {
            // "by month" over a table with a month-number column.
            if !u.dimensions.contains(where: { $0.field == c }) { u.dimensions.append(.init(field: c, grain: nil)) }
        } else if g != nil, !s.afterBy, !s.text.contains(" "), Words.singular(s.text) != s.text {
            // "survival in days", "total survival days" with no date column: the plural grain
            // word is the unit of a number, not a grouping ("monthly", "by year" still are).
            return
        } else {
            throw LanguageError(
                "this table has no date column to group by \(g?.rawValue ?? "time").", suggestions: suggestions())
        }
        if s.which && !s.afterBy { u.argmax = true }
        s.afterBy = false
        s.which = false
    }

    /// The natural grain for the span of date column `f` (`TimeGrain.natural`).
    func naturalGrain(_ f: Int) -> TimeGrain {
        .natural(from: lexicon.fields[f].minimum.string.flatMap(CivilDate.init(iso:)), to: lexicon.fields[f].maximum)
    }

    /// Whether an integer column's name is a plural noun said as written ("number of
    /// executions" with `EXECUTIONS`): it counts those things, so "how many" sums it.
    static func countsThings(_ field: LexiconField, said text: String) -> Bool {
        guard let last = field.words.last, field.words.count == 1, (field.minimum.double ?? -1) >= 0 else {
            return false
        }
        return Words.singular(last) != last && text.lowercased() == last
    }

    /// Whether `item` names column `field` (the column or one of its values).
    static func names(_ item: Item, field: Int) -> Bool {
        switch item {
        case .column(let c), .value(let c, _): return c == field
        default: return false
        }
    }
}
