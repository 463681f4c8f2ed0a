/// Splits run-together column words into the words they are made of (`poptotal` → pop, total;
/// `libprice` → lib, price; `avginc` → avg, inc; `inmetro` → in, metro), so each part can name
/// the column the way a separate word would. A part is known when the fixed vocabulary holds it;
/// a split has parts of three letters or more (one of four), at most one unknown part, and never
/// a keyword.
enum Segmenter {
    /// Words the fixed vocabulary holds: synonym words, generic column words, aggregates and
    /// comparisons.
    static let known: Set<String> = {
        var out: Set<String> = Lexicon.genericWords.filter { $0.count >= 2 }
        for group in Synonyms.wordGroups {
            for phrase in group where !phrase.contains(" ") { out.insert(phrase) }
        }
        for (phrase, k) in Synonyms.keywords where !phrase.contains(" ") {
            switch k {
            case .aggregate, .compare: out.insert(phrase)
            default: continue
            }
        }
        for words in Synonyms.adjectiveMeasures.values { out.formUnion(words) }
        return out.filter { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
    }()

    /// Words a part may not be (a negation or a function word would change the meaning).
    static let keywords: Set<String> = Set(Synonyms.keywords.map(\.0).filter { !$0.contains(" ") })

    /// The parts of `words`: each word kept, or split when it is a compound of known parts.
    static func parts(_ words: [String]) -> [String] {
        words.flatMap { split($0) ?? [$0] }
    }

    /// The best split of one word into two or three parts, or `nil`.
    static func split(_ w: String) -> [String]? {
        guard w.count >= 6, w.allSatisfy(\.isLetter), !known.contains(w) else { return nil }
        let chars = Array(w)
        var best: (score: Int, parts: [String])?
        func consider(_ parts: [String]) {
            let unknown = parts.filter { !known.contains($0) }
            guard unknown.count <= 1, parts.count > unknown.count, parts.allSatisfy({ $0.count >= 3 }),
                parts.contains(where: { $0.count >= 4 })
            else { return }
            if let u = unknown.first, keywords.contains(u) { return }
            // Fewer unknown letters first; then the longest unknown part (a word, not a fragment).
            let score = (unknown.isEmpty ? 1_000 : 0) + (unknown.first?.count ?? 0) - 10 * parts.count
            if best == nil || score > best!.score { best = (score, parts) }
        }
        for i in 3...(chars.count - 3) {
            let a = String(chars[..<i]), b = String(chars[i...])
            consider([a, b])
            guard b.count >= 6 else { continue }
            for j in 3...(b.count - 3) {
                let bc = Array(b)
                consider([a, String(bc[..<j]), String(bc[j...])])
            }
        }
        return best?.parts
    }
}
