import Testing

@testable import Engine

@Suite("Run-together and abbreviated column names, the rows' own names, month numbers")
struct AbbreviationTests {
    func asker() throws -> Asker {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE zoo(name TEXT, diet TEXT, keeper_state TEXT, bodywt REAL, libprice REAL,
              sleep_total REAL, sleep_rem REAL, charpp INTEGER, fullbase TEXT, Month INTEGER, Temp REAL,
              indoor BOOLEAN);
            INSERT INTO zoo VALUES
              ('Lion','carni','IN',190,30,13.5,2.0,3000,'yes',5,70,1),
              ('Zebra','herbi','OH',380,12,2.9,NULL,3500,'no',5,74,0),
              ('Cow','herbi','IN',600,8,4.0,0.7,2800,'yes',6,80,1),
              ('Bat','insecti','WI',0.01,2,19.9,2.0,3100,'no',7,91,0),
              ('Elephant','herbi','OH',6000,90,3.3,NULL,2900,'yes',7,88,0),
              ('Owl','carni','WI',1.5,5,10.0,1.1,3300,'no',8,84,1),
              ('Fox','carni','IN',5,6,9.8,2.4,3200,'yes',8,79,0),
              ('Mole','insecti','OH',0.1,1,8.4,2.1,2700,'no',9,65,1),
              ('Horse','herbi','WI',520,40,2.9,0.6,3600,'yes',9,60,1),
              ('Goat','herbi','IN',33,9,5.3,0.6,3400,'no',6,83,0);
            """)
        return try Asker(connection: db, tables: ["zoo"])
    }

    func value(_ a: Answer) -> Double? { a.chart.data.datasets.first?.data.first?.number }

    func near(_ x: Double?, _ y: Double) -> Bool { x.map { abs($0 - y) < 1e-9 * max(1, abs(y)) } ?? false }

    @Test("compound names split into known parts")
    func segments() {
        #expect(Segmenter.split("poptotal") == ["pop", "total"])
        #expect(Segmenter.split("libprice") == ["lib", "price"])
        #expect(Segmenter.split("citestot") == ["cites", "tot"])
        // A negation or a two- or three-letter pair never splits off ("non" farm, "gal" "lon").
        #expect(Segmenter.split("nonfarm") == nil)
        #expect(Segmenter.split("gallon") == nil)
        #expect(Segmenter.split("freight") == nil)
        #expect(Words.plural("category") == "categories")
        #expect(Words.plural("day") == "days")
        #expect(Words.plural("box") == "boxes")
        #expect(Segmenter.split("species") == nil)
    }

    @Test("a phrase whose words begin the pieces of a name links to it")
    func phrases() {
        #expect(Tagger.abbreviates("bodywt", ["body", "weight"]))
        #expect(Tagger.abbreviates("charpp", ["characters", "per", "page"]))
        #expect(Tagger.abbreviates("expnstu", ["expenditure", "per", "student"]))
        #expect(Tagger.abbreviates("pce", ["personal", "consumption", "expenditures"]))
        #expect(!Tagger.abbreviates("pop", ["price", "of", "pages"]))
        #expect(!Tagger.abbreviates("bodywt", ["weight", "body"]))
        #expect(Tagger.shortens("bathrms", "bathrooms"))
        #expect(Tagger.shortens("enrl", "enrollment"))
        #expect(!Tagger.shortens("bath", "bat"))
    }

    @Test("abbreviated and run-together column names answer questions in words")
    func answers() throws {
        let s = try asker()
        #expect(near(value(try s.ask("average body weight")), 772.961))
        #expect(value(try s.ask("median price")) == 8.5)
        #expect(value(try s.ask("average characters per page")) == 3150)
        #expect(value(try s.ask("how many have a full basement")) == 5)
        // "sleep" is sleep_total, not one of the other sleep columns.
        #expect(near(value(try s.ask("average sleep")), 8))
    }

    @Test("a superlative about the rows ranks them by the column naming each row")
    func rows() throws {
        let s = try asker()
        let top = try s.ask("the animal that sleeps the most")
        #expect(top.chart.data.labels == ["Bat"])
        let cheap = try s.ask("cheapest 2 animals")
        #expect(cheap.chart.data.labels == ["Mole", "Bat"])
        let heavy = try s.ask("top 3 animals by body weight")
        #expect(heavy.chart.data.labels == ["Elephant", "Cow", "Horse"])
    }

    @Test("month names filter a month-number column; 'hottest month' ranks months by average")
    func months() throws {
        let s = try asker()
        #expect(value(try s.ask("average temp in july")) == 89.5)
        let hot = try s.ask("hottest month")
        #expect(hot.chart.data.labels == ["7"])
        #expect(value(hot) == 89.5)
        #expect(value(try s.ask("how many days hotter than 85")) == 2)
    }

    @Test("values named by a word they begin, state names for codes, a value after 'by'")
    func values() throws {
        let s = try asker()
        #expect(value(try s.ask("count of herbivores")) == 5)
        #expect(value(try s.ask("total body weight in indiana")) == 828)
        // "in" stays a preposition although IN is a value.
        #expect(near(value(try s.ask("average body weight in ohio")), 6380.1 / 3))
        let flag = try s.ask("average price by indoor")
        #expect(Set(flag.chart.data.labels) == ["yes", "no"])
    }
}
