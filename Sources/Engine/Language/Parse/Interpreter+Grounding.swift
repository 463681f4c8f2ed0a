/// Grounding bookkeeping: how much of the question was understood, which leftover words may
/// name the rows counted, and when a question must be refused because nothing it asks for is
/// in the table.
extension Interpreter {
    /// Counts one item towards the confidence. Function words ("by", "in", "and") do not count;
    /// unknown words count and ground to nothing (plural nouns taken as the rows counted get a
    /// quarter credit in `settle`).
    func account(_ item: Item, _ u: inout Understanding) {
        switch item {
        case .keyword(.by), .keyword(.and), .keyword(.during), .keyword(.from), .keyword(.to), .keyword(.which),
            .keyword(.stop):
            return
        case .unknown:
            u.content += 1
        default:
            u.content += 1
            u.grounded += 1
        }
    }

    /// A word that reads as a plural noun ("deaths", "flights").
    static func looksPlural(_ w: String) -> Bool {
        w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
            && w.allSatisfy(\.isLetter)
    }

    /// Whether the unknown plural at `k` stands for the rows: after "how many" / "number of", or
    /// right before a grouping ("deaths by race") or a date phrase ("deaths in May 1992").
    func countable(_ items: [TaggedItem], _ k: Int, range: TimeRange?) -> Bool {
        if case .keyword(.count)? = items[safe: k - 1]?.item { return true }
        if case .keyword(.which)? = items[safe: k - 1]?.item { return true }
        switch items[safe: k + 1]?.item {
        case .keyword(.by)?, .keyword(.grain)?, .keyword(.compare)?, .keyword(.extreme)?: return true
        case .column(let f)? where k == 0 && lexicon.fields[f].yesNoValues != nil:
            // "houses with a full basement": the rows that have the flag.
            return true
        case nil: return range != nil
        default: return false
        }
    }

    /// Whether the question opens with a plural grouping word followed by a condition and no
    /// measure or grouping ("countries with life expectancy over 80").
    func pluralSubject(_ items: [TaggedItem]) -> Bool {
        guard let first = items.first, first.text.hasSuffix("s"), Words.singular(first.text) != first.text else {
            return false
        }
        switch first.item {
        case .column(let f)
        where lexicon.fields[f].isDimension
            && (!lexicon.fields[f].type.isNumeric || lexicon.fields[f].isYearNumber
                || lexicon.fields[f].calendarPart != nil):
            break
        case .keyword(.grain): break
        default: return false
        }
        var condition = false
        for t in items.dropFirst() {
            switch t.item {
            case .keyword(.compare), .keyword(.between), .keyword(.missing): condition = true
            case .keyword(.by), .keyword(.aggregate), .keyword(.count), .keyword(.extreme), .keyword(.top),
                .keyword(.bottom), .keyword(.share):
                return false
            default: continue
            }
        }
        return condition
    }

    /// Whether a ranking follows a bare number ("5 states with the highest poverty").
    func isRankingAhead(_ next: Item?) -> Bool {
        if case .column(let f)? = next { return lexicon.fields[f].isDimension && !lexicon.fields[f].type.isNumeric }
        return false
    }

    /// Finishes the measures once every item was read, or refuses when none can be grounded.
    func settle(_ u: inout Understanding, _ s: inout State) throws {
        if !s.rowNames.isEmpty, !u.argmax, u.extreme == nil, u.limit == nil, u.descending == nil, !u.versus {
            // "mean neomycin for gram positive bacteria", "the states with income over 40000":
            // a column naming each row, with no "by" and no ranking, names the rows counted or
            // measured; grouping by it would list every row.
            u.dimensions.removeAll { s.rowNames.contains($0.field) }
            s.rows = true
        }
        if let a = s.aggregate, u.measures.isEmpty, s.orphanAggregate == nil { s.orphanAggregate = a }
        if u.measures.isEmpty, let adjective = s.adjective, let f = adjectiveColumn(adjective) {
            // "the heaviest species": the adjective names the measure it ranks by.
            u.measures.append(.init(aggregate: nil, field: f))
            u.grounded += 0.5
        } else if u.measures.isEmpty, let adjective = s.adjective, adjectiveChoices(adjective).count > 1 {
            let names = adjectiveChoices(adjective).map { lexicon.fields[$0].name }
            throw LanguageError(
                "\"\(adjective)\" could rank by several columns: \(names.joined(separator: ", ")).", suggestions: names)
        }
        let words = u.unknown
        let nouns = Set(s.countedNouns)
        // Participles and adverbs ("operated", "bought", "usually") name no measure.
        let unplaced = words.filter { w in !nouns.contains(w) && !s.unitWords.contains(w) && !Words.isVerbForm(w) }
        if let a = s.orphanAggregate, !u.measures.contains(where: { $0.field != nil }), unplaced.isEmpty,
            let f = lexicon.countColumn ?? lexicon.onlyMeasure
        {
            // "total medals by nation" over a table of counts; "average by region" with one measure.
            u.measures = [.init(aggregate: a == .count ? .sum : a, field: f)]
            s.orphanAggregate = nil
        }
        let named = words.filter { !s.unitWords.contains($0) && !Words.isVerbForm($0) }
        if let a = s.orphanAggregate, a != .count, !u.measures.contains(where: { $0.field != nil }), named.count == 1,
            Self.looksPlural(named[0]), let t = lexicon.wholeColumn
        {
            // "median votes per district" over columns of votes and their `total`: the things
            // the table counts, unqualified, are the whole.
            u.measures = [.init(aggregate: a, field: t)]
            u.unknown.removeAll { $0 == named[0] }
            s.countedNouns.removeAll { $0 == named[0] }
            u.grounded += 0.5
            s.orphanAggregate = nil
            if u.dimensions.count == 1, lexicon.namesEachRow(u.dimensions[0].field), !u.argmax, u.limit == nil {
                // "median votes per district" where each row is a district: over the rows.
                u.dimensions = []
            }
        }
        if u.measures.isEmpty, s.rows, !s.explicitCount, !s.count,
            let a = s.orphanAggregate ?? s.aggregate
                ?? (u.dimensions.isEmpty ? u.extreme.map({ $0 ? Aggregate.max : .min }) : nil),
            [.avg, .median, .max, .min].contains(a)
                || (a == .sum
                    && lexicon.tableWords.contains(where: {
                        LexiconField.moneyWords.contains($0)
                    })),
            let f = lexicon.moneyAmount ?? (a == .sum ? lexicon.onlyMoney : nil)
        {
            // "total sales" over a table of sales: the sum of its one amount of money.
            // "average claim", "the biggest order": the amount of money each row is.
            u.measures.append(.init(aggregate: a, field: f))
            s.orphanAggregate = nil
            if u.dimensions.isEmpty { u.extreme = nil }
        }
        if let a = s.orphanAggregate, !u.measures.contains(where: { $0.field != nil }) {
            let named = words.isEmpty ? "" : " \"\(words.joined(separator: " "))\""
            throw LanguageError(
                "I could not find a column for the \(a.phrase.lowercased())\(named) in this table.",
                suggestions: suggestions())
        }
        if u.measures.isEmpty, !s.count, !s.explicitCount, !s.rows, words.isEmpty, let f = lexicon.onlyMeasure,
            !u.dimensions.isEmpty || !u.filters.isEmpty || u.range != nil || u.extreme != nil
        {
            // "renewables over time" in a table with one measure: that measure.
            u.measures.append(.init(aggregate: nil, field: f))
        }
        if u.measures.isEmpty {
            if s.count || s.rows {
                if !s.explicitCount && !unplaced.isEmpty { throw unmeasurable(unplaced) }
                u.grounded += 0.25 * Double(nouns.count)
                u.measures.append(.init(aggregate: .count, field: nil))
            } else if !unplaced.isEmpty {
                throw unmeasurable(unplaced)
            } else if !nouns.isEmpty {
                // "deaths by race": the plural subject is the rows counted.
                u.grounded += 0.25 * Double(nouns.count)
                u.measures.append(.init(aggregate: .count, field: nil))
            }
        } else if !s.explicitCount, !u.measures.contains(where: { $0.field != nil }), !unplaced.isEmpty {
            throw unmeasurable(unplaced)
        }
        if u.measures.isEmpty, u.argmax, !u.dimensions.isEmpty {
            // "which carrier ships the most": with no measure named, the groups rank by their rows.
            u.measures.append(.init(aggregate: .count, field: nil))
            u.grounded -= 0.5
        }
        if u.measures.isEmpty && (u.argmax || u.extreme != nil) {
            throw LanguageError("I could not tell which measure to rank by.", suggestions: suggestions())
        }
        if u.extreme == nil, !u.argmax {
            for i in u.measures.indices where u.measures[i].aggregate == nil {
                // "murder rate of states", "co2 level in december": a level is averaged.
                if let f = u.measures[i].field, s.levels.contains(f) { u.measures[i].aggregate = .avg }
            }
        }
        if u.argmax, u.dimensions.count == 1, u.measures.count == 1, u.measures[0].field == nil,
            u.measures[0].aggregate == .count, !s.explicitCount, lexicon.countColumn == nil,
            lexicon.fields[u.dimensions[0].field].distinctCount >= lexicon.rowCount, let f = lexicon.onlyMeasure
        {
            // "year with the most sunspots" where each year is one row: counting groups of one
            // ranks nothing; the table's one measure does.
            u.measures = [.init(aggregate: nil, field: f)]
        }
        rankRows(&u, s)
        if let c = lexicon.countColumn {
            // A table of counts: counting its rows means summing its count column.
            if u.measures.isEmpty, !u.dimensions.isEmpty || !u.filters.isEmpty || u.range != nil {
                u.measures.append(.init(aggregate: .count, field: nil))
            }
            for i in u.measures.indices where u.measures[i].field == nil && u.measures[i].aggregate == .count {
                u.measures[i] = .init(aggregate: .sum, field: c)
            }
        }
    }

    /// "The heaviest animal", "top 5 journals by citations": a superlative about the rows
    /// themselves, with no grouping, ranks them by the column that names each row.
    func rankRows(_ u: inout Understanding, _ s: State) {
        guard u.dimensions.isEmpty, u.extreme != nil || s.top != nil, u.post == .none, !u.versus,
            u.filters.allSatisfy({ $0.op != .isNull }), let label = lexicon.labelColumn,
            u.measures.count == 1, u.measures[0].field != nil,
            ![.count, .countDistinct].contains(u.measures[0].aggregate)
        else { return }
        let noun = u.unknown.firstIndex { w in
            w.count >= 3 && w.allSatisfy(\.isLetter) && !Words.isVerbForm(w)
        }
        guard noun != nil || s.rows || s.which else { return }
        if let noun {
            u.unknown.remove(at: noun)
            u.grounded += 1
        }
        u.dimensions = [.init(field: label, grain: nil)]
        u.argmax = true
        // Each row's own value: the largest or smallest of a name's rows.
        if u.measures[0].aggregate == nil { u.measures[0].aggregate = (u.extreme ?? s.top ?? true) ? .max : .min }
    }

    private func unmeasurable(_ words: [String]) -> LanguageError {
        LanguageError(
            "I could not find \"\(words.joined(separator: " "))\" in this table.", suggestions: suggestions())
    }

    /// Of columns that differ by min/max ("temperature": temp_max, temp_min), the one the
    /// question's direction picks ("coldest", "minimum").
    func directional(_ cols: [Int], s: State, u: Understanding) -> Int? {
        let low = s.aggregate == .min || (s.aggregate == nil && u.extreme == false)
        let high = s.aggregate == .max || (s.aggregate == nil && u.extreme == true)
        guard low || high else { return nil }
        let marks: Set<String> = low ? ["min", "minimum", "low", "lowest"] : ["max", "maximum", "high", "highest"]
        let hits = cols.filter { !marks.isDisjoint(with: lexicon.fields[$0].words) }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The column a superlative adjective ranks by ("heaviest" → a weight or mass column).
    func adjectiveColumn(_ adjective: String) -> Int? {
        let hits = adjectiveChoices(adjective)
        if hits.count == 1 { return hits[0] }
        // "the heaviest animal" with `brainwt` and `bodywt`: the measure of the whole thing.
        let whole: Set<String> = ["total", "tot", "overall", "gross", "body", "whole"]
        let wholes = hits.filter { i in
            let name = lexicon.fields[i].words.joined()
            return whole.contains { name.hasPrefix($0) || lexicon.fields[i].words.contains($0) }
        }
        return wholes.count == 1 ? wholes[0] : nil
    }

    /// The measure columns an adjective could rank by ("longest": distance or duration); a
    /// compound name counts by its head or its first part ("priciest": `libprice`).
    func adjectiveChoices(_ adjective: String) -> [Int] {
        guard let words = Synonyms.adjectiveMeasures[adjective] else { return [] }
        let exact = lexicon.fields.indices.filter {
            lexicon.fields[$0].isMeasure && !Set(words).isDisjoint(with: lexicon.fields[$0].words)
        }
        if !exact.isEmpty { return exact }
        return lexicon.fields.indices.filter { i in
            lexicon.fields[i].isMeasure
                && lexicon.fields[i].words.contains { w in
                    words.contains {
                        w.count >= $0.count + 2
                            && (($0.count >= 2 && w.hasSuffix($0)) || ($0.count >= 4 && w.hasPrefix($0)))
                    }
                }
        }
    }

    /// The superlative of a comparative ("hotter than" → hottest, "more expensive than" → most
    /// expensive), to find the measure it compares.
    static func superlative(of phrase: String) -> String {
        var p = phrase.hasSuffix(" than") ? String(phrase.dropLast(5)) : phrase
        if p.hasPrefix("more ") { return "most " + p.dropFirst(5) }
        if p.hasPrefix("less ") { return "least " + p.dropFirst(5) }
        if p.hasSuffix("er") {
            p = String(p.dropLast(2))
            return p + "est"
        }
        return p
    }

    /// Of columns a phrase names equally well ("delayed": dep_delay_min, arr_delay_min), the one
    /// another word of the question names by a word of its own ("on departure").
    func namedElsewhere(_ cols: [Int], _ items: [TaggedItem], at k: Int) -> Int? {
        let shared = cols.dropFirst().reduce(Set(lexicon.fields[cols[0]].words)) {
            $0.intersection(lexicon.fields[$1].words)
        }
        var said: Set<String> = []
        for (j, t) in items.enumerated() where j != k {
            for w in t.text.lowercased().split(separator: " ") { said.insert(Words.singular(String(w))) }
            // "widest sepal": the words the superlative ranks by.
            if case .keyword(.extreme) = t.item { said.formUnion(Synonyms.adjectiveMeasures[t.text] ?? []) }
        }
        let hits = cols.filter { c in
            lexicon.fields[c].words.contains { w in
                !shared.contains(w) && !Lexicon.genericWords.contains(w) && w.count > 1
                    && Lexicon.variants(of: [w]).contains { $0.count == 1 && said.contains(Words.singular($0[0])) }
            }
        }
        return hits.count == 1 ? hits[0] : nil
    }
}
