extension Lexicon {
    /// Column words that never name a column on their own.
    static let genericWords: Set<String> = [
        "per", "in", "of", "the", "and", "by", "to", "max", "min", "lbs", "id", "num", "total", "avg", "mean", "sum",
        "count", "number", "value", "is", "a", "on", "at", "for", "x", "y",
    ]

    /// Adds the phrases naming each column and each of its distinct values.
    mutating func addFields() {
        var wordOwners: [String: Set<Int>] = [:]
        var partOwners: [String: Set<Int>] = [:]
        for (i, f) in fields.enumerated() {
            for w in f.words { wordOwners[w, default: []].insert(i) }
            for p in f.parts { partOwners[p, default: []].insert(i) }
            columnWords.formUnion(f.words.filter { $0.count >= 3 })
        }
        // The things the rows are: the table's words, singular ("orders" → order).
        let entity = Set(tableWords.map(Words.singular))
        for (i, f) in fields.enumerated() {
            addPhrases(f.words, i, rank: 0)
            add([f.words.joined()], .column(i), rank: 0)
            add([f.name.lowercased()], .column(i), rank: 0)
            if f.words.count == 2 { addPhrases(f.words.reversed(), i, rank: 0) }
            // Runs of two or more of the name's words that no other column has ("engine
            // displacement" for engine_displacement_l).
            if f.words.count > 2 {
                for n in 2..<f.words.count {
                    for start in 0...(f.words.count - n) {
                        let run = Array(f.words[start..<start + n])
                        let shared = fields.indices.contains { j in
                            j != i && fields[j].words.count >= n
                                && (0...(fields[j].words.count - n)).contains {
                                    Array(fields[j].words[$0..<$0 + n]) == run
                                }
                        }
                        if !shared { addPhrases(run, i, rank: 0) }
                    }
                }
            }
            for w in f.words where !Self.genericWords.contains(w) && w.count > 1 && !w.allSatisfy(\.isNumber) {
                // A word of one column only names it; a shared word ("temp") is ambiguous,
                // and both columns are kept so the parser can say so.
                // A shared word names the column it is the larger part of ("kwh": kwh_usage
                // rather than solar_gen_kwh); equal parts stay ambiguous.
                let owners = wordOwners[w] ?? []
                let rank =
                    owners.count == 1
                    ? 1 : owners.allSatisfy({ $0 == i || fields[$0].words.count > f.words.count }) ? 3 : 4
                // The word of an id or date column that is also what the rows are
                // ("shipment" of shipment_id, "order" of order_dt) names the rows, not the column.
                let namesRows = f.isIdentifier || f.type.isTemporal
                // A word a date column shares with a measure ("exam" of exam_dt, exam_score) names the measure.
                if f.type.isTemporal, owners.contains(where: { $0 != i && fields[$0].isMeasure }) { continue }
                // A synonym that is what the rows are ("patient" for the `pt` of pt_age) names the rows too.
                addPhrases([w], i, rank: rank) { p in
                    !(p.count == 1 && entity.contains(Words.singular(p[0]))
                        && (namesRows || Words.singular(p[0]) != Words.singular(w)))
                }
            }
            addParts(of: i, owners: partOwners)
            addValues(of: i)
        }
    }

    /// The phrases of a column whose run-together words split into parts (`poptotal` → "pop
    /// total", "total population"; "white" of `popwhite`), just below the name's own phrases.
    private mutating func addParts(of i: Int, owners: [String: Set<Int>]) {
        let f = fields[i]
        guard f.parts != f.words else { return }
        addPhrases(f.parts, i, rank: 1)
        if f.parts.count == 2 { addPhrases(f.parts.reversed(), i, rank: 1) }
        for p in f.parts where !f.words.contains(p) && p.count >= 3 && !Self.genericWords.contains(p) {
            guard !Segmenter.keywords.contains(p) else { continue }
            addPhrases([p], i, rank: (owners[p] ?? []).count == 1 ? 3 : 4)
        }
    }

    private mutating func addValues(of i: Int) {
        // Words that appear in one value only can name it alone ("nuclear" for Nuclear Energy).
        var wordCounts: [String: Int] = [:]
        for v in fields[i].values {
            for w in Set(Words.split(v.string ?? "")) { wordCounts[w, default: 0] += 1 }
        }
        for v in fields[i].values {
            guard case .text(let raw) = v else { continue }
            let words = Words.split(raw).map { $0.lowercased() }
            guard !words.isEmpty, words.count <= 6, !words.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { continue }
            // A two-letter code that is also a question word ("IN", "OR", "OK") is named by its aliases only.
            if !(words.count == 1 && words[0].count <= 2 && Segmenter.keywords.contains(words[0])) {
                add(words, .value(i, v), rank: 1)
            }
            for alias in Synonyms.valueAliases[words.joined(separator: " ")] ?? [] {
                add(alias.split(separator: " ").map(String.init), .value(i, v), rank: 1)
            }
            if words.count > 1 {
                for w in words where w.count >= 4 && wordCounts[w] == 1 && w.allSatisfy(\.isLetter) {
                    add([w], .value(i, v), rank: 3)
                }
            }
            if let last = words.last, last.count > 2 {
                add(Array(words.dropLast()) + [Words.singular(last)], .value(i, v), rank: 1)
                add(Array(words.dropLast()) + [last + "s"], .value(i, v), rank: 1)
                add(Array(words.dropLast()) + [Words.plural(last)], .value(i, v), rank: 1)
            }
            if words.count == 1, let w = words.first {
                if w.count >= 3, let day = Synonyms.weekdays.first(where: { $0.hasPrefix(w) }) {
                    add([day], .value(i, v), rank: 1)
                    add([day + "s"], .value(i, v), rank: 1)
                }
                if w.count >= 3 {
                    for suffix in ["y", "ny", "gy", "ing"] { add([w + suffix], .value(i, v), rank: 5) }
                }
            }
        }
    }

    /// Adds the phrases naming column `i`: `words` as written (rank `rank`), and their synonym
    /// variants just below it, so a column named by the word itself wins over one reached by a synonym.
    private mutating func addPhrases(
        _ words: [String], _ i: Int, rank: Int, keep: ([String]) -> Bool = { _ in true }
    ) {
        let last = words.last ?? ""
        let literal: Set<[String]> = [
            words, Array(words.dropLast()) + [Words.singular(last)], Array(words.dropLast()) + [last + "s"],
            Array(words.dropLast()) + [Words.plural(last)],
        ]
        for phrase in Self.variants(of: words) where keep(phrase) {
            let synonym = !literal.contains(phrase)
            if synonym, phrase.count == 1, Synonyms.reservedWords.contains(phrase[0]) { continue }
            // "when" names a date column, never a number called day.
            if synonym, phrase == ["when"], !fields[i].type.isTemporal { continue }
            add(phrase, .column(i), rank: rank, synonym: synonym)
        }
    }

    /// A phrase and its synonym variants (each word or the whole phrase swapped for a synonym;
    /// last word also singular).
    static func variants(of words: [String]) -> [[String]] {
        var out: [[String]] = [[]]
        for w in words {
            var alts = [w]
            for group in Synonyms.wordGroups where group.contains(w) { alts += group.filter { $0 != w } }
            out = out.flatMap { prefix in alts.map { prefix + $0.split(separator: " ").map(String.init) } }
            if out.count > 200 { out = Array(out.prefix(200)) }
        }
        let whole = words.joined(separator: " ")
        for group in Synonyms.wordGroups where group.contains(whole) {
            for alt in group { out.append(alt.split(separator: " ").map(String.init)) }
        }
        let withPlurals = out.flatMap { p -> [[String]] in
            guard let last = p.last else { return [p] }
            return [
                p, Array(p.dropLast()) + [Words.singular(last)], Array(p.dropLast()) + [last + "s"],
                Array(p.dropLast()) + [Words.plural(last)],
            ]
        }
        return withPlurals
    }
}
