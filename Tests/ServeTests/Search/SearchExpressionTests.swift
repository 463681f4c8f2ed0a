import Testing

@testable import Serve

@Suite("Search expression: words, quoting, typo distance")
struct SearchExpressionTests {
    @Test("words are folded runs of letters and digits; FTS5 syntax is only text")
    func words() {
        #expect(SearchExpression.words(in: "Revenue by RÉGION!") == ["revenue", "by", "region"])
        #expect(
            SearchExpression.words(in: "NEAR(sales \"x\"* -y ^z title:w)") == [
                "near", "sales", "x", "y", "z", "title", "w",
            ])
        #expect(SearchExpression.words(in: "\"*^:-()").isEmpty)
        #expect(SearchExpression.words(in: String(repeating: "a ", count: 40)).count == SearchExpression.maximumWords)
    }

    @Test("every word is a quoted prefix, all required; variants widen a word")
    func text() {
        #expect(SearchExpression(words: [], variants: [:]).text == nil)
        #expect(SearchExpression(words: ["rev", "by"], variants: [:]).text == "\"rev\"* AND \"by\"*")
        #expect(
            SearchExpression(words: ["revnue"], variants: ["revnue": ["revenue", "revenues"]]).text
                == "(\"revnue\"* OR \"revenue\" OR \"revenues\")")
        #expect(SearchExpression.quoted("a\"b") == "\"a\"\"b\"")
    }

    @Test("a word starting exactly one term matches it exactly; more, or an incomplete list, stay a prefix")
    func completions() {
        let terms = ["revenue", "revenues", "review", "reviewed", "sales", "salesforce"]
        #expect(SearchVocabulary.completions(of: "reven", in: terms, limit: 8) == ["revenue", "revenues"])
        #expect(SearchVocabulary.completions(of: "revi", in: terms, limit: 1) == nil)
        #expect(SearchVocabulary.completions(of: "zebra", in: terms, limit: 8) == [])
        #expect(SearchTerms.completions(of: "revie", in: ["review"]) == ["review"])
        #expect(SearchTerms.completions(of: "sales", in: terms) == nil)
        #expect(SearchTerms.completions(of: "zebra", in: terms) == nil)
        #expect(SearchTerms.completions(of: "straß", in: ["straße"]) == ["straße"])
        #expect(SearchTerms.completions(of: "regio", in: ["région"]) == nil)
        // Byte order (FTS5's): "é" (C3 A9) sorts after "z", so "cafez" comes before "café".
        let sorted = ["cafe", "café", "cafez"].sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(sorted == ["cafe", "cafez", "café"])
        #expect(SearchVocabulary.completions(of: "caf", in: sorted, limit: 8) == sorted)
        #expect(
            SearchVocabulary.contains(prefix: "café", in: sorted)
                && !SearchVocabulary.contains(prefix: "cafa", in: sorted))
        let full = ["sales"] + (1..<SearchVocabulary.maximumTerms).map { "sz\($0)" }
        #expect(SearchTerms.completions(of: "sales", in: full.sorted()) == nil)
        #expect(SearchTerms.completions(of: "sales", in: Array(full.sorted().dropLast())) == ["sales"])
        #expect(
            SearchExpression(words: ["reven", "by"], variants: [:], completions: ["reven": ["revenue", "revenues"]])
                .text
                == "(\"revenue\" OR \"revenues\") AND \"by\"*")
        #expect(
            SearchExpression(words: ["sales"], variants: [:], completions: ["sales": ["sales"]]).text == "\"sales\"")
    }

    @Test("typos: one edit from five letters, two from eight, none below five")
    func allowance() {
        #expect(SearchExpression.allowedEdits(forLength: 4) == 0)
        #expect(SearchExpression.allowedEdits(forLength: 5) == 1)
        #expect(SearchExpression.allowedEdits(forLength: 8) == 2)
    }

    @Test("edit distance counts insertions, deletions, substitutions and swaps; stops past the limit")
    func distance() {
        #expect(EditDistance.between("revenue", "revenue", limit: 1) == 0)
        #expect(EditDistance.between("revnue", "revenue", limit: 1) == 1)
        #expect(EditDistance.between("revenue", "reveune", limit: 1) == 1)
        #expect(EditDistance.between("revenie", "revenue", limit: 1) == 1)
        #expect(EditDistance.between("perfromance", "performance", limit: 2) == 1)
        #expect(EditDistance.between("rvnue", "revenue", limit: 1) == nil)
        #expect(EditDistance.between("rvnue", "revenue", limit: 2) == 2)
        #expect(EditDistance.between("abc", "abcdef", limit: 2) == nil)
    }

    @Test("relevance is in (0, 1] and grows with the bm25 match")
    func relevance() {
        func hit(_ bm25: Double) -> SearchHit {
            SearchHit(kind: "chart", id: "c", title: "t", subtitle: nil, bm25: bm25, createdAt: 0)
        }
        let scores = [-12.0, -3.5, -1.0, -0.2, -0.000001, 0].map { hit($0).relevance }
        #expect(scores.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(scores[0] > scores[1] && scores[1] > scores[2])
    }
}
