import Testing

@testable import Engine

@Suite("Question text: tokens, words, typos, dates")
struct TextTests {
    @Test("tokenizes words, numbers with separators and suffixes, ISO dates and symbols")
    func tokens() {
        let t = Tokenizer.tokens("Revenue > 1,200.5 in 2014-3 for Asia's top 5k, Q2!")
        #expect(t.map(\.text) == ["revenue", ">", "1,200.5", "in", "2014-3", "for", "asias", "top", "5", "q2"])
        #expect(t[2].number == 1200.5)
        #expect(t[4].kind == .date("2014-03"))
        #expect(t[8].number == 5000)
    }

    @Test("splits column names into words and makes crude singulars")
    func words() {
        #expect(Words.split("total_bill") == ["total", "bill"])
        #expect(Words.split("lifeExp") == ["life", "exp"])
        #expect(Words.split("Miles_per_Gallon") == ["miles", "per", "gallon"])
        #expect(Words.split("GDP2020") == ["gdp", "2020"])
        #expect(Words.singular("countries") == "country")
        #expect(Words.singular("boxes") == "box")
        #expect(Words.singular("tips") == "tip")
        #expect(Words.singular("class") == "class")
    }

    @Test("Damerau–Levenshtein counts a transposition as one edit and stops past the limit")
    func distance() {
        #expect(EditDistance.distance("dya", "day", limit: 1) == 1)
        #expect(EditDistance.distance("precipitaton", "precipitation", limit: 2) == 1)
        #expect(EditDistance.distance("kitten", "sitting", limit: 3) == 3)
        #expect(EditDistance.distance("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.distance("", "abc", limit: 3) == 3)
        #expect(EditDistance.allowance(forLength: 3) == 0)
        #expect(EditDistance.allowance(forLength: 9) == 2)
    }

    @Test("civil dates round-trip through day numbers and add months across years")
    func civil() throws {
        let d = try #require(CivilDate(iso: "2016-02-29 10:00:00"))
        #expect(d.days == 16_860)
        #expect(CivilDate(days: d.days) == d)
        #expect(d.addingMonths(11).iso == "2017-01-01")
        #expect(d.adding(days: 1).iso == "2016-03-01")
        #expect(CivilDate(iso: "2014-13-01") == nil)
    }
}
