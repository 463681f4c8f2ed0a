/// Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and adjacent transpositions), used to forgive typos.
enum EditDistance {
    /// The distance between `a` and `b`, or `nil` once it exceeds `limit` (early exit).
    static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let s = Array(a.unicodeScalars), t = Array(b.unicodeScalars)
        if abs(s.count - t.count) > limit { return nil }
        if s.isEmpty || t.isEmpty { return max(s.count, t.count) <= limit ? max(s.count, t.count) : nil }
        var prev2 = [Int](repeating: 0, count: t.count + 1)
        var prev = Array(0...t.count)
        var cur = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return nil }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[t.count] <= limit ? prev[t.count] : nil
    }

    /// The typo allowance for a word of this length: none under 4 letters, 1 up to 7, else 2.
    static func allowance(forLength n: Int) -> Int {
        n < 4 ? 0 : (n < 8 ? 1 : 2)
    }
}
