/// Turns tokens into items by longest-phrase lookup in the lexicon, forgiving plurals and
/// typos (Damerau–Levenshtein within a length-dependent allowance).
struct Tagger {
    let lexicon: Lexicon

    func tag(_ tokens: [Token]) -> [TaggedItem] {
        var words = tokens.map(\.text)
        var out: [TaggedItem] = []
        var i = 0
        while i < tokens.count {
            switch tokens[i].kind {
            case .number(let d)
            where d >= 1800 && d <= 2090 && d.truncatingRemainder(dividingBy: 10) == 0
                && tokens[safe: i + 1]?.text == "s":
                // "the 1970s": the decade as a span of years.
                out.append(TaggedItem(item: .number(d), text: tokens[i].text))
                out.append(TaggedItem(item: .keyword(.to), text: "to"))
                out.append(TaggedItem(item: .number(d + 9), text: tokens[i].text + "s"))
                i += 2
                continue
            case .number(let d):
                // "5 kg", "$40", "10 percent": the unit word goes with the number.
                var unit = tokens[safe: i + 1].flatMap { $0.isWord || $0.text == "%" ? Unit.named($0.text) : nil }
                if let u = unit, u.dimension.isEmpty, namesColumn(words, at: i + 1) {
                    // "more than 1500 points" with a `pts` column: the word is the column compared.
                    unit = nil
                }
                if unit == nil, let next = tokens[safe: i + 1], next.isWord, let days = Unit.durations[next.text],
                    !Unit.relativeWords.contains(tokens[safe: i - 1]?.text ?? "")
                {
                    // "married more than 10 years": a duration, not a time grouping.
                    unit = Unit(dimension: "duration", factor: days)
                }
                out.append(TaggedItem(item: .number(d), text: tokens[i].text, unit: unit))
                i += unit == nil ? 1 : 2
                continue
            case .date(let s):
                out.append(TaggedItem(item: .date(s), text: tokens[i].text))
                i += 1
                continue
            case .word, .symbol:
                break
            }
            var found = lexicon.matches(words, at: i)
            var typo = false
            if found.isEmpty, tokens[i].isWord {
                if let (c, n) = abbreviatedPhrase(words, tokens, at: i) {
                    out.append(TaggedItem(item: .column(c), text: words[i..<i + n].joined(separator: " ")))
                    i += n
                    continue
                }
                if let (c, v) = valuePrefix(words[i]) {
                    out.append(TaggedItem(item: .value(c, v), text: tokens[i].text))
                    i += 1
                    continue
                }
                if let fixed = correction(words[i]) {
                    var copy = words
                    copy[i] = fixed
                    found = lexicon.matches(copy, at: i)
                    if !found.isEmpty {
                        typo = fixed != Words.singular(words[i])
                        words = copy
                    }
                }
            }
            if let best = found.first, best.words.count == 1, case .column(let named) = best.meaning, tokens[i].isWord,
                tokens[safe: i + 1]?.isWord ?? false, lexicon.matches(words, at: i + 1).isEmpty,
                let (c, n) = abbreviatedPhrase(words, tokens, at: i), n > 1, c != named,
                (i + 2..<i + n).allSatisfy({ lexicon.matches(words, at: $0).isEmpty })
            {
                // "gnp deflator" → `GNPDEFL`, not `GNP` and a word left over: the longer phrase wins
                // when its other words mean nothing on their own.
                out.append(TaggedItem(item: .column(c), text: words[i..<i + n].joined(separator: " ")))
                i += n
                continue
            }
            guard let best = found.first else {
                if tokens[i].isWord, let c = abbreviatedWord(words[i]) {
                    out.append(TaggedItem(item: .column(c), text: tokens[i].text))
                } else if tokens[i].isWord {
                    out.append(TaggedItem(item: .unknown(words[i]), text: tokens[i].text))
                }
                i += 1
                continue
            }
            if case .keyword(.sort(descending: nil)) = best.meaning, words[safe: i + 1] != "by",
                found.contains(where: { $0.meaning == .table && $0.words.count == best.words.count })
            {
                // "the biggest order" in a table of orders: the rows, not "order by".
                out.append(TaggedItem(item: .table, text: tokens[i].text))
                i += best.words.count
                continue
            }
            if ["table", "dataset"].contains(words[safe: i + best.words.count] ?? ""),
                words[i..<i + best.words.count].joined(separator: "_") == lexicon.table.lowercased()
            {
                // "how many rows are in the co2 table": the table's name, though a column shares it.
                out.append(TaggedItem(item: .table, text: tokens[i].text))
                i += best.words.count + 1
                continue
            }
            let before = out.count
            defer { if typo, out.count > before { out[out.count - 1].guessed = true } }
            let top = found.filter { $0.words.count == best.words.count && $0.rank == best.rank }
            let text = tokens[i..<i + best.words.count].map(\.text).joined(separator: " ")
            let columns = top.compactMap { e -> Int? in
                if case .column(let c) = e.meaning { return c } else { return nil }
            }
            let values = top.compactMap { e -> (Int, SQLValue)? in
                if case .value(let c, let v) = e.meaning { return (c, v) } else { return nil }
            }
            if values.count == top.count, Set(values.map(\.0)).count > 1,
                let coarse = values.min(by: { lexicon.fields[$0.0].distinctCount < lexicon.fields[$1.0].distinctCount })
            {
                // "Ohio" as a state and as a county: the value of the coarser column (fewer
                // distinct values) is the one people name.
                out.append(TaggedItem(item: .value(coarse.0, coarse.1), text: text))
                i += best.words.count
                continue
            }
            if Set(columns).count > 1, let plain = plainColumn(Set(columns), words: best.words) {
                out.append(TaggedItem(item: .column(plain), text: text))
            } else if Set(columns).count > 1 {
                out.append(TaggedItem(item: .ambiguous(Array(Set(columns)).sorted()), text: text))
            } else {
                switch best.meaning {
                case .column(let c):
                    // "days", "year" naming the date column are time grains ("last 10 days", "by year").
                    let grain = found.first { e in
                        if case .keyword(.grain) = e.meaning {
                            return e.words.count == best.words.count
                        } else {
                            return false
                        }
                    }
                    if lexicon.fields[c].type.isTemporal, let g = grain {
                        out.append(TaggedItem(item: .keyword(g.keyword ?? .stop), text: text))
                    } else {
                        out.append(TaggedItem(item: .column(c), text: text))
                    }
                case .value(let c, let v): out.append(TaggedItem(item: .value(c, v), text: text))
                case .table: out.append(TaggedItem(item: .table, text: text))
                case .keyword(.stop):
                    if Self.levelWords.contains(text.lowercased()), case .column(let c)? = out.last?.item,
                        lexicon.fields[c].isMeasure
                    {
                        out[out.count - 1].level = true
                    }
                case .keyword(let k): out.append(TaggedItem(item: .keyword(k), text: text))
                }
            }
            i += best.words.count
        }
        return out
    }

    /// Words after a measure that say it is a level or a rate, not an amount.
    static let levelWords: Set<String> = ["level", "levels", "rate", "rates", "concentration"]

    /// Of several columns a phrase names, the one named by the phrase plus only a word for the
    /// whole ("sleep": `sleep_total` rather than `sleep_rem` or `sleep_cycle`).
    func plainColumn(_ columns: Set<Int>, words: [String]) -> Int? {
        let phrase = words.map(Words.singular)
        let hits = columns.filter { c in
            let f = lexicon.fields[c]
            let core = f.parts.filter { !["total", "tot", "overall", "all", "combined"].contains($0) }
            return core.count < f.parts.count
                && Lexicon.variants(of: core).contains { $0.map(Words.singular) == phrase }
        }
        return hits.count == 1 ? hits.first : nil
    }

    /// Whether the phrase at `start` names exactly one column.
    func namesColumn(_ words: [String], at start: Int) -> Bool {
        guard let best = lexicon.matches(words, at: start).first, case .column = best.meaning else { return false }
        return true
    }

    /// A column word `word` shares a stem with ("generated" → generation) or that abbreviates it
    /// ("unemployment" → unemp, "graduation" → grad).
    func grounding(_ word: String) -> String? {
        let stem = Words.stem(word)
        var stemHit: String?
        var prefix: String?
        for known in lexicon.columnWords where !Lexicon.genericWords.contains(known) && known.count >= 3 {
            if known.count >= 4, known < (stemHit ?? "\u{10FFFF}") {
                let other = Words.stem(known)
                if other == stem || (stem.count >= 3 && other.count == stem.count + 1 && other.hasPrefix(stem)) {
                    stemHit = known
                }
            }
            // Not a compound of two known words ("airline" is not air_time's "air").
            if !lexicon.vocabulary.contains(String(word.dropFirst(known.count))),
                word.count >= known.count + 2, word.hasPrefix(known),
                known.count > (prefix?.count ?? 0) || (known.count == prefix?.count && known < prefix!)
            {
                prefix = known
            }
        }
        if let stemHit { return stemHit }
        return prefix
    }

    /// The known word closest to `word` (plural first, then typos); `nil` when none is close.
    func correction(_ word: String) -> String? {
        let singular = Words.singular(word)
        if singular != word, lexicon.index[singular] != nil { return singular }
        let short = word.count == 3
        let allowance = short ? 1 : EditDistance.allowance(forLength: word.count)
        guard allowance > 0, word.allSatisfy(\.isLetter) else { return nil }
        // A word of the fixed vocabulary ("time", "travel") is a real word, not a slip of a
        // column name one letter away (`ttme`); only its stem may still ground it.
        let close = nearest(word, allowance: allowance, short: short)
        if Segmenter.known.contains(word) {
            // …unless the column name only adds letters around it ("size" → `psize`).
            if let (_, hit) = close, hit.contains(word) { return hit }
            return word.count >= 5 ? grounding(word) : nil
        }
        if let (d, hit) = close, d == 1,
            lexicon.columnWords.contains(hit) || lexicon.tableWords.contains(hit)
        {
            // One slip from a column or table word ("shipmnets") beats a shared stem or prefix.
            return hit
        }
        if word.count >= 5, let hit = grounding(word) { return hit }
        return close?.1
    }

    /// The known word nearest to `word` within `allowance` edits, with its distance.
    private func nearest(_ word: String, allowance: Int, short: Bool) -> (Int, String)? {
        var best: (Int, String)?
        for known in short ? lexicon.columnWords : lexicon.vocabulary
        where known.count >= 3 && abs(known.count - word.count) <= allowance {
            guard let d = EditDistance.distance(word, known, limit: allowance) else { continue }
            if let b = best, !((d, known) < b) { continue }
            best = (d, known)
        }
        return best
    }
}
