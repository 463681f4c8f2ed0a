/// Words that restate a column rather than ask for something of their own, read before the
/// items are interpreted: a share word beside a column of percentages ("poverty percentage",
/// "percent black"), and "number" after a measure ("the biggest neomycin number") or after the
/// table's name when the table has one measure ("median sunspot number").
extension Interpreter {
    /// Column words the count of a thing carries besides the thing ("pop" of `popblack`).
    static let countWords: Set<String> = ["pop", "population", "num", "number", "count", "cnt", "total", "tot", "n"]

    /// `items` with restating words removed (and a count column swapped for its percentage
    /// sibling when a share word is said of it: "black population percentage" → `percblack`).
    func restated(_ items: [TaggedItem]) -> [TaggedItem] {
        var out = items
        var drop: Set<Int> = []
        for k in out.indices {
            switch out[k].item {
            case .keyword(.share):
                for j in [previousNamed(out, before: k), nextNamed(out, after: k)] {
                    guard let j, case .column(let f) = out[j].item else { continue }
                    if lexicon.fields[f].isPercentage {
                        drop.insert(k)
                        break
                    }
                    if let g = percentSibling(of: f) {
                        out[j].item = .column(g)
                        drop.insert(k)
                        break
                    }
                }
            case .unknown("number"):
                if case .column(let f)? = out[safe: k - 1]?.item, lexicon.fields[f].isMeasure {
                    drop.insert(k)
                } else if case .table? = out[safe: k - 1]?.item, let f = lexicon.onlyMeasure {
                    out[k].item = .column(f)
                }
            default: continue
            }
        }
        return out.indices.filter { !drop.contains($0) }.map { out[$0] }
    }

    /// The nearest item before `k` that is not an unknown word (at most two words back).
    private func previousNamed(_ items: [TaggedItem], before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, j >= k - 3, case .unknown = items[j].item { j -= 1 }
        return j >= 0 && j >= k - 3 ? j : nil
    }

    /// The nearest item after `k` that is not an unknown word (at most two words on).
    private func nextNamed(_ items: [TaggedItem], after k: Int) -> Int? {
        var j = k + 1
        while j < items.count, j <= k + 3, case .unknown = items[j].item { j += 1 }
        return j < items.count && j <= k + 3 ? j : nil
    }

    /// The one percentage column that says the same as count column `f` without its count
    /// words (`percblack` for `popblack`).
    private func percentSibling(of f: Int) -> Int? {
        let marks: Set<String> = ["pct", "percent", "percentage", "perc", "per", "share", "proportion", "rate"]
        let parts = lexicon.fields[f].parts
        let core = parts.filter { !Self.countWords.contains($0) }.joined()
        guard !core.isEmpty, core.count >= 3, parts.count > 1, parts.contains(where: Self.countWords.contains) else {
            return nil
        }
        // By the joined name: a split may cut the mark differently (`percblack` as per + cblack).
        let hits = lexicon.fields.indices.filter { g in
            let name = lexicon.fields[g].words.joined()
            return g != f && lexicon.fields[g].isPercentage
                && marks.contains { name == $0 + core || name == core + $0 }
        }
        return hits.count == 1 ? hits[0] : nil
    }
}
