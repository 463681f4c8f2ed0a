/// Linking words the lexicon does not hold to columns whose names abbreviate them: a phrase
/// whose words each begin a piece of a run-together name ("body weight" → `bodywt`, "lot size"
/// → `lotsize`, "characters per page" → `charpp`, "gas hot water" → `gashw`), a word the name
/// shortens ("bathrooms" → `bathrms`), and a word that is the head or the start of a compound
/// name ("price" → `libprice`, "brain" → `brainwt`); and words to the coded values they
/// start with ("herbivores" → `herbi`).
extension Tagger {
    /// Words that may sit inside a phrase ("characters per page") but never begin or end one.
    static let joiningWords: Set<String> = ["per", "of", "and", "in", "to", "a", "the", "for", "on", "by", "with"]

    /// The column a phrase of two or more words starting at `start` abbreviates, and the
    /// phrase's length; the longest phrase naming exactly one column wins.
    func abbreviatedPhrase(_ words: [String], _ tokens: [Token], at start: Int) -> (column: Int, length: Int)? {
        let longest = min(4, words.count - start)
        guard longest >= 2 else { return nil }
        for k in stride(from: longest, through: 2, by: -1) {
            let phrase = Array(words[start..<start + k])
            guard tokens[start..<start + k].allSatisfy(\.isWord), phrase.allSatisfy({ $0.allSatisfy(\.isLetter) }),
                !Self.joiningWords.contains(phrase[0]), !Self.joiningWords.contains(phrase[k - 1])
            else { continue }
            let hits = Set(
                lexicon.fields.indices.filter { i in
                    Self.names(of: lexicon.fields[i]).contains { Self.abbreviates($0, phrase) }
                })
            if hits.count == 1 { return (hits.first!, k) }
        }
        return nil
    }

    /// The column one word the lexicon does not hold abbreviates or heads ("bathrooms" →
    /// `bathrms`, "price" → `libprice`), when exactly one does.
    func abbreviatedWord(_ word: String) -> Int? {
        if word.count >= 3, word.count <= 5, word.allSatisfy(\.isLetter) {
            // The initials of a name of several words ("dom" → days_on_mkt).
            let hits = lexicon.fields.indices.filter { i in
                let w = lexicon.fields[i].words
                return w.count == word.count && w.allSatisfy { $0.first?.isLetter ?? false }
                    && String(w.compactMap(\.first)) == word
            }
            if hits.count == 1 { return hits[0] }
        }
        guard word.count >= 4, word.allSatisfy(\.isLetter) else { return nil }
        let forms = Set([word, Words.singular(word)])
        let hits = Set(
            lexicon.fields.indices.filter { i in
                Self.names(of: lexicon.fields[i]).contains { name in
                    forms.contains { Self.shortens(name, $0) || Self.heads(name, $0) }
                }
            })
        if hits.count == 1 { return hits.first }
        guard hits.isEmpty else { return nil }
        // A part of a compound name that begins the word ("income" → the inc of `avginc`), or
        // the word's stem that begins a name ("citations", "cited" → `citestot`).
        let stem = Words.stem(word)
        let loose = Set(
            lexicon.fields.indices.filter { i in
                let f = lexicon.fields[i]
                let byPart = Self.cores(of: f).contains { p in
                    p.count >= 3 && !Lexicon.genericWords.contains(p)
                        && ((word.count >= p.count + 2 && word.hasPrefix(p)) || Self.shortens(p, word))
                }
                let byStem = stem.count >= 3 && word.count >= 5 && Self.names(of: f).contains { $0.hasPrefix(stem) }
                return byPart || byStem
            })
        return loose.count == 1 ? loose.first : nil
    }

    /// The coded value a word begins with ("herbivores" → herbi, "carnivore" → carni): a text
    /// value of at least four letters that starts the word, in exactly one column.
    func valuePrefix(_ word: String) -> (column: Int, value: SQLValue)? {
        guard word.count >= 6, word.allSatisfy(\.isLetter) else { return nil }
        var hits: [(Int, SQLValue)] = []
        for (i, f) in lexicon.fields.enumerated() where f.type == .string {
            for v in f.values {
                guard let t = v.string?.lowercased(), t.count >= 4, t.count <= word.count - 2, t.allSatisfy(\.isLetter),
                    word.hasPrefix(t)
                else { continue }
                hits.append((i, v))
            }
        }
        return hits.count == 1 ? hits[0] : nil
    }

    /// What a compound name says besides its generic parts: its split parts, and a name with
    /// an aggregate or a percent before or after it (`avginc` → inc, `enrltot` → enrl).
    static func cores(of f: LexiconField) -> [String] {
        var out = f.parts.count > f.words.count ? f.parts : []
        for name in names(of: f) {
            for affix in ["avg", "tot", "total", "mean", "num", "cnt", "pct", "perc", "per", "med"] {
                if name.hasPrefix(affix), name.count >= affix.count + 3 {
                    out.append(String(name.dropFirst(affix.count)))
                }
                if name.hasSuffix(affix), name.count >= affix.count + 3 {
                    out.append(String(name.dropLast(affix.count)))
                }
            }
        }
        return out
    }

    /// The run-together names of a column: the whole name, and each word of four or more letters.
    static func names(of f: LexiconField) -> [String] {
        let joined = f.words.joined()
        return [joined] + f.words.filter { $0.count >= 4 && $0 != joined }
    }

    /// Whether `name` splits into one piece per word, each piece starting its word and made of
    /// the word's letters in order (`charpp`: char-acters, p-er, p-age). A piece from a joining
    /// word is one letter or none; some piece has three letters, or the phrase is an acronym of
    /// three or more words none of which is a joining word.
    static func abbreviates(_ name: String, _ phrase: [String]) -> Bool {
        let n = Array(name), words = phrase.map(Array.init)
        guard n.count >= 3, n.count <= words.reduce(0, { $0 + $1.count }) else { return false }
        func fits(_ piece: ArraySlice<Character>, _ w: [Character]) -> Bool {
            guard let first = piece.first, first == w.first else { return false }
            var j = 1
            for ch in piece.dropFirst() {
                while j < w.count && w[j] != ch { j += 1 }
                if j == w.count { return false }
                j += 1
            }
            return true
        }
        func split(_ from: Int, _ k: Int, _ longest: Int) -> Bool {
            if k == words.count {
                let acronym = words.count >= 3 && longest == 1 && !phrase.contains(where: joiningWords.contains)
                return from == n.count && (longest >= 3 || acronym)
            }
            let remaining = words.count - k - 1
            let joining = joiningWords.contains(phrase[k])
            let most = joining ? 1 : n.count - from - remaining
            guard most >= 0 else { return false }
            // A joining word may give no letter ("expenditure per student" → `expnstu`).
            if joining, split(from, k + 1, longest) { return true }
            guard most >= 1 else { return false }
            for len in stride(from: most, through: 1, by: -1) {
                let piece = n[from..<from + len]
                if fits(piece, words[k]), split(from + len, k + 1, max(longest, len)) { return true }
            }
            return false
        }
        return split(0, 0, 0)
    }

    /// Whether `name` shortens `word` by dropping letters: same first three letters, its
    /// letters in order, at least a third of the word's length ("bathrms" of bathrooms).
    static func shortens(_ name: String, _ word: String) -> Bool {
        guard name != word, name.count >= 4, name.count < word.count, 3 * name.count >= word.count,
            name.prefix(3) == word.prefix(3)
        else { return false }
        var it = word.makeIterator()
        return name.allSatisfy { ch in
            while let c = it.next() { if c == ch { return true } }
            return false
        }
    }

    /// Whether `word` is the head or the first part of the compound `name` ("price" of
    /// `libprice`, "brain" of `brainwt`), the rest being at least two letters.
    static func heads(_ name: String, _ word: String) -> Bool {
        word.count >= 4 && name.count >= word.count + 2 && (name.hasSuffix(word) || name.hasPrefix(word))
    }
}
