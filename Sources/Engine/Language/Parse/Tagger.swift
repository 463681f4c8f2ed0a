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
            case .number(let d):
                out.append(TaggedItem(item: .number(d), text: tokens[i].text))
                i += 1
                continue
            case .date(let s):
                out.append(TaggedItem(item: .date(s), text: tokens[i].text))
                i += 1
                continue
            case .word, .symbol:
                break
            }
            var found = lexicon.matches(words, at: i)
            if found.isEmpty, tokens[i].isWord {
                if let fixed = correction(words[i]) {
                    var copy = words
                    copy[i] = fixed
                    found = lexicon.matches(copy, at: i)
                    if !found.isEmpty { words = copy }
                }
            }
            guard let best = found.first else {
                if tokens[i].isWord { out.append(TaggedItem(item: .unknown(words[i]), text: tokens[i].text)) }
                i += 1
                continue
            }
            let top = found.filter { $0.words.count == best.words.count && $0.rank == best.rank }
            let text = tokens[i..<i + best.words.count].map(\.text).joined(separator: " ")
            let columns = top.compactMap { e -> Int? in
                if case .column(let c) = e.meaning { return c } else { return nil }
            }
            if Set(columns).count > 1 {
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
                case .keyword(.stop): break
                case .keyword(let k): out.append(TaggedItem(item: .keyword(k), text: text))
                }
            }
            i += best.words.count
        }
        return out
    }

    /// The known word closest to `word` (plural first, then typos); `nil` when none is close.
    func correction(_ word: String) -> String? {
        let singular = Words.singular(word)
        if singular != word, lexicon.index[singular] != nil { return singular }
        let short = word.count == 3
        let allowance = short ? 1 : EditDistance.allowance(forLength: word.count)
        guard allowance > 0, word.allSatisfy(\.isLetter) else { return nil }
        var best: (Int, String)?
        for known in short ? lexicon.columnWords : lexicon.vocabulary
        where known.count >= 3 && abs(known.count - word.count) <= allowance {
            guard let d = EditDistance.distance(word, known, limit: allowance) else { continue }
            if let b = best, !((d, known) < b) { continue }
            best = (d, known)
        }
        return best?.1
    }
}
