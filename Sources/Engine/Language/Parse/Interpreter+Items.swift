extension Interpreter {
    func column(_ f: Int, _ u: inout Understanding, _ s: inout State) {
        let field = lexicon.fields[f]
        defer { s.lastColumn = f }
        if let op = s.compare, let n = s.pendingNumber, field.type.isNumeric {
            u.filters.append((f, op, [.real(n)]))
            s.compare = nil
            s.pendingNumber = nil
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
            let ordering = s.afterBy && field.isMeasure && (!field.isDimension || s.top != nil || u.extreme != nil)
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
        if s.afterExtreme && field.isDimension && !field.isMeasure && !u.dimensions.isEmpty {
            // "the most countries": rank by how many distinct values.
            u.measures.append(.init(aggregate: .countDistinct, field: f))
            return
        }
        if s.count || s.distinct {
            if field.type == .string || field.type == .boolean || s.distinct {
                u.measures.append(.init(aggregate: .countDistinct, field: f))
            } else {
                u.measures.append(.init(aggregate: .count, field: nil))
            }
            s.count = false
            s.distinct = false
            s.aggregate = nil
            return
        }
        if field.isMeasure || (s.aggregate == .min || s.aggregate == .max) {
            u.measures.append(.init(aggregate: s.aggregate, field: f))
            s.aggregate = nil
            return
        }
        if field.isDimension {
            if s.top != nil || u.extreme != nil { u.argmax = true }
            u.dimensions.append(.init(field: f, grain: field.type.isTemporal ? .day : nil))
        }
    }

    func keyword(_ kw: Keyword, _ u: inout Understanding, _ s: inout State) throws {
        switch kw {
        case .aggregate(let a): s.aggregate = a
        case .count: s.count = true
        case .distinct: s.distinct = true
        case .by:
            if s.count {
                u.measures.append(.init(aggregate: .count, field: nil))
                s.count = false
            }
            s.afterBy = true
        case .which: s.which = true
        case .negation: s.negate = true
        case .compare(let op): s.compare = op
        case .between: if !u.versus { s.compare = .between }
        case .top, .bottom:
            s.top = kw == .top
            u.extreme = kw == .top
            if u.limit == nil, s.pendingNumber == nil { u.limit = nil }
        case .extreme(let h):
            u.extreme = h
            if s.which || !u.dimensions.isEmpty { u.argmax = u.argmax || s.which || !s.afterBy }
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
        case .versus: u.versus = true
        case .chart(let c): u.chart = c
        case .sort(let d):
            if let d { u.descending = d } else { s.sortByNext = true }
        case .rows: s.rows = true
        case .and:
            if s.byChain { s.afterBy = true }
        case .stop, .during, .from, .to, .since, .before, .after, .first, .last:
            break
        case .month, .quarterName:
            throw LanguageError("I could not place that month or quarter; add a year (\"March 2014\").")
        }
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
        } else {
            throw LanguageError(
                "this table has no date column to group by \(g?.rawValue ?? "time").", suggestions: suggestions())
        }
        if s.which && !s.afterBy { u.argmax = true }
        s.afterBy = false
        s.which = false
    }

    /// Year for spans over ten years, month over four months, week over three weeks, else day.
    func naturalGrain(_ f: Int) -> TimeGrain {
        let field = lexicon.fields[f]
        guard let a = field.minimum.string.flatMap(CivilDate.init(iso:)),
            let b = field.maximum.string.flatMap(CivilDate.init(iso:))
        else { return .month }
        let days = b.days - a.days
        return days > 3650 ? .year : (days > 120 ? .month : (days > 21 ? .week : .day))
    }
}
