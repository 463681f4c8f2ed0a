/// Turns an `Understanding` into a `Plan`: default aggregates, grains, date filters, ordering.
struct Planner {
    let lexicon: Lexicon

    func plan(_ u0: Understanding) throws -> Plan {
        var u = u0
        let fields = lexicon.fields
        if u.measures.isEmpty {
            guard !u.dimensions.isEmpty || !u.filters.isEmpty || u.range != nil else {
                throw LanguageError(
                    "I could not find anything to measure in this question.", suggestions: lexicon.fields.map(\.name))
            }
            u.measures.append(.init(aggregate: .count, field: nil))
        }
        if let r = u.range, r.start != nil, r.end == nil, u.dimensions.isEmpty, u.post == .none, !u.versus,
            u.extreme == nil, u.limit == nil, u.measures.count == 1, u.measures[0].field != nil,
            u.measures[0].aggregate == nil, let m = u.measures[0].field,
            let time = lexicon.temporalFields.first ?? fields.firstIndex(where: \.isYearNumber),
            fields[m].isAveraged || fields[time].distinctCount >= lexicon.rowCount
        {
            // "gas prices since 2005": a level, or a series of one row per period, over an
            // open-ended span is its course over time (an amount over it stays one total).
            if let t = lexicon.temporalFields.first {
                u.dimensions.append(.init(field: t, grain: .natural(from: r.start, to: lexicon.fields[t].maximum)))
            } else if let y = fields.firstIndex(where: \.isYearNumber) {
                u.dimensions.append(.init(field: y, grain: nil))
            }
        }
        if u.dimensions.isEmpty, u.post == .none, !u.versus, u.measures.count == 1, u.measures[0].aggregate == nil,
            u.measures[0].field != nil, u.extreme == nil, u.limit == nil,
            let f = u.filters.first(where: { $0.op == .oneOf && $0.values.count >= 2 })
        {
            // "violent crime in Florida and Georgia": a measure over several named values, each its own.
            u.dimensions.append(.init(field: f.field, grain: nil))
        }
        if u.dimensions.count == 1, u.dimensions[0].field == lexicon.labelColumn, !u.argmax, u.limit == nil,
            u.extreme == nil, u.post == .none,
            u.measures.allSatisfy({ $0.aggregate == .avg || $0.aggregate == .median })
        {
            // "average points per player" where each row is a player: the average over the rows.
            u.dimensions = []
        }
        let grouped = !u.dimensions.isEmpty && !u.argmax && u.limit == nil
        for i in u.measures.indices where u.measures[i].aggregate == nil {
            let f = u.measures[i].field.map { fields[$0] }
            if let e = u.extreme, u.dimensions.isEmpty || grouped {
                u.measures[i].aggregate = e ? .max : .min
            } else {
                u.measures[i].aggregate = (f?.isAveraged ?? false) ? .avg : .sum
            }
        }
        if u.post == .growth, let g = u.range?.endpoints,
            !u.dimensions.contains(where: { fields[$0.field].type.isTemporal || fields[$0.field].isYearNumber })
        {
            // "growth of X from 2001 to 2017": one number, the last period against the first.
            u.post = .change
            if let t = lexicon.temporalFields.first {
                u.dimensions.insert(.init(field: t, grain: g), at: 0)
            } else if let y = fields.firstIndex(where: \.isYearNumber) {
                u.dimensions.insert(.init(field: y, grain: nil), at: 0)
            }
        }
        if u.post == .growth,
            !u.dimensions.contains(where: { fields[$0.field].type.isTemporal || fields[$0.field].isYearNumber })
        {
            if let t = lexicon.temporalFields.first {
                u.dimensions.insert(.init(field: t, grain: .year), at: 0)
            } else if let y = fields.firstIndex(where: \.isYearNumber) {
                u.dimensions.insert(.init(field: y, grain: nil), at: 0)
            } else {
                throw LanguageError("growth needs a date or year column to compare periods.")
            }
        }
        if u.post == .difference && u.measures.count != 2 {
            throw LanguageError("a difference needs two measures (\"difference between revenue and cost\").")
        }
        if u.post == .ratio && u.measures.count != 2 {
            throw LanguageError("a ratio needs two measures (\"ratio of tip to total bill\").")
        }
        if u.versus && u.dimensions.isEmpty && u.measures.count < 2,
            let f = u.filters.first(where: { $0.op == .oneOf && $0.values.count >= 2 })
        {
            u.dimensions.append(.init(field: f.field, grain: nil))
        }
        var dims = u.dimensions
        if dims.count > 2 { dims = Array(dims.prefix(2)) }
        let measures = u.measures.enumerated().map { k, m -> Measure in
            Measure(m.aggregate ?? .sum, m.field.map { fields[$0].name }, as: "m\(k)")
        }
        let dimensions = dims.enumerated().map { k, d in Dimension(fields[d.field].name, grain: d.grain, as: "d\(k)") }
        var filters: [Filter] = u.filters.map { Filter(fields[$0.field].name, $0.op, $0.values) }
        filters += try rangeFilters(u.range)
        var order: [Order] = []
        var limit = u.limit
        if u.argmax || u.limit != nil {
            order = [Order("m0", descending: u.extreme ?? u.descending ?? true)]
            if limit == nil { limit = u.argmax ? 1 : 10 }
            if !(u.extreme ?? u.descending ?? true), let f = u.measures[0].field,
                dims.count == 1, dims[0].field == lexicon.labelColumn
            {
                // "the youngest victim": a row with no value is not the lowest (an ascending
                // order would put it first). Groups keep their rollup-friendly query.
                filters.append(Filter(fields[f].name, .isNotNull, []))
            }
        } else if let d = u.descending, !dims.isEmpty {
            order = [Order("m0", descending: d)]
        } else {
            for (k, d) in dims.enumerated() {
                let f = fields[d.field]
                if k == 0 && dims.count == 1 && !f.type.isTemporal && !f.type.isNumeric && u.post != .growth {
                    order.append(Order("m0", descending: true))
                }
                order.append(Order("d\(k)"))
            }
        }
        let query = Query(
            table: lexicon.table, dimensions: dimensions, measures: measures, filters: filters, order: order,
            limit: limit)
        var baseline: Query?
        if u.post == .share && dims.isEmpty {
            let categoryFilters = Set(
                u.filters.filter { $0.op == .oneOf || $0.op == .noneOf }.map { fields[$0.field].name })
            guard !categoryFilters.isEmpty else {
                throw LanguageError("a share needs a grouping or a category to compare with the total.")
            }
            var b = query
            b.filters = query.filters.filter { !categoryFilters.contains($0.column) }
            baseline = b
        }
        let titles = u.measures.map { title(of: $0) }
        let timeAxis = dims.first.map { fields[$0.field].type.isTemporal || fields[$0.field].isYearNumber } ?? false
        return Plan(
            query: query, baseline: baseline, post: u.post, chart: u.chart, versus: u.versus,
            interpretation: interpretation(u, dims: dims, titles: titles, limit: limit), measureTitles: titles,
            timeAxis: timeAxis, confidence: u.confidence, ignoredWords: u.unknown, scale: u.scale?.factor ?? 1,
            flagAxes: dims.map { fields[$0.field].type == .boolean })
    }

    func title(of m: Understanding.MeasureSpec) -> String {
        guard let f = m.field else { return "Count of rows" }
        let name = lexicon.fields[f].title
        switch m.aggregate ?? .sum {
        case .sum: return "Sum of \(name)"
        case .avg: return "Average \(name)"
        case .count: return "Count of \(name)"
        case .countDistinct: return "Distinct count of \(name)"
        case .min: return "Minimum \(name)"
        case .max: return "Maximum \(name)"
        case .median: return "Median \(name)"
        }
    }

    private func rangeFilters(_ r: TimeRange?) throws -> [Filter] {
        guard let r else { return [] }
        if let t = lexicon.temporalFields.first {
            let name = lexicon.fields[t].name
            var out: [Filter] = []
            if let a = r.start { out.append(Filter(name, .greaterOrEqual, [.text(a.iso)])) }
            if let b = r.end { out.append(Filter(name, .less, [.text(b.iso)])) }
            return out
        }
        if let y = lexicon.fields.firstIndex(where: \.isYearNumber) {
            let name = lexicon.fields[y].name
            var out: [Filter] = []
            if let a = r.start {
                out.append(
                    Filter(name, .greaterOrEqual, [.integer(Int64(a.month == 1 && a.day == 1 ? a.year : a.year + 1))]))
            }
            if let b = r.end {
                out.append(Filter(name, .less, [.integer(Int64(b.month == 1 && b.day == 1 ? b.year : b.year + 1))]))
            }
            return out
        }
        if let m = lexicon.monthNumberColumn, let a = r.start, let b = r.end, a.day == 1, b.day == 1 {
            // "in July" over a table with a month-number column: those months.
            let months = (b.year * 12 + b.month) - (a.year * 12 + a.month)
            if months >= 1, a.month + months - 1 <= 12 {
                let name = lexicon.fields[m].name
                if months == 1 { return [Filter(name, .equals, [.integer(Int64(a.month))])] }
                return [Filter(name, .between, [.integer(Int64(a.month)), .integer(Int64(a.month + months - 1))])]
            }
        }
        throw LanguageError("this table has no date or year column for \"\(r.text)\".")
    }
}
