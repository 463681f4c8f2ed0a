import Testing

@testable import Engine

@Suite("Grounding what can be grounded")
struct GroundingTests {
    func asker() throws -> Asker {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE birds(species TEXT, sex TEXT, body_mass_g REAL, wing_length_mm REAL,
              flight_distance_km REAL, flight_duration_min REAL, year INTEGER);
            INSERT INTO birds VALUES
              ('Swift','M',40,170,900,300,2020), ('Swift','F',45,175,1100,320,2021),
              ('Crow','M',500,320,20,30,2020), ('Crow','F',NULL,310,25,35,2021),
              ('Heron','M',1500,450,60,90,2021), ('Heron',NULL,1400,440,70,80,2021);
            """)
        return try Asker(connection: db, tables: ["birds"])
    }

    func value(_ a: Answer) -> Double? { a.chart.data.datasets.first?.data.first?.number }

    @Test("a word that grounds to nothing lowers the confidence instead of refusing")
    func unknownWords() throws {
        let s = try asker()
        let sure = try s.ask("average body mass by species")
        #expect(sure.confidence == 1)
        let vague = try s.ask("average body mass folks reckon by species")
        #expect(vague.chart.data.labels == sure.chart.data.labels)
        #expect(vague.confidence < sure.confidence)
        #expect(vague.interpretation.contains("ignored: folks, reckon"))
        #expect(vague.json.contains("\"confidence\":"))
    }

    @Test("refuses when the measure or the grouping cannot be grounded, naming what is missing")
    func refusals() throws {
        let s = try asker()
        let e = #expect(throws: LanguageError.self) { try s.ask("average price by species") }
        #expect(e?.message.contains("price") == true)
        let g = #expect(throws: LanguageError.self) { try s.ask("body mass by colour") }
        #expect(g?.message.contains("colour") == true)
        let tie = #expect(throws: LanguageError.self) { try s.ask("the longest flight") }
        #expect(tie?.message.contains("flight_distance_km") == true)
        #expect(tie?.message.contains("flight_duration_min") == true)
    }

    @Test("numbers with units are converted to the column's unit; 'in kg' converts the answer")
    func units() throws {
        let s = try asker()
        #expect(value(try s.ask("how many birds weigh more than 1 kg")) == 2)
        #expect(value(try s.ask("birds with a wing over 40 cm")) == 2)
        #expect(value(try s.ask("average body mass in kg")).map { ($0 * 1000).rounded() } == 697)
    }

    @Test("missing values, value words for codes, and plural subjects with a condition")
    func missingAndCodes() throws {
        let s = try asker()
        #expect(value(try s.ask("how many birds have no body mass")) == 1)
        #expect(value(try s.ask("how many sexes are missing")) == 1)
        #expect(value(try s.ask("average wing length of the males")) == 940.0 / 3)
        #expect(value(try s.ask("species with wing length above 400")) == 2)
    }

    @Test("superlative adjectives name their measure; differences of two measures")
    func adjectivesAndDifferences() throws {
        let s = try asker()
        let heaviest = try s.ask("which species is the heaviest")
        #expect(heaviest.chart.data.labels == ["Heron"])
        let d = try s.ask("difference between total flight distance and total flight duration")
        #expect(value(d).map { $0.rounded() } == 1320, "\(d.interpretation)")
    }

    @Test("growth between two named periods is one number: the last period against the first")
    func growthBetween() throws {
        let a = try asker().ask("growth of total flight distance from 2020 to 2021")
        #expect(a.chart.type == .kpi)
        #expect(value(a).map { ($0 * 100).rounded() } == (100 * 100 * 335 / 920.0).rounded())
    }
}
