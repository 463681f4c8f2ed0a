import Testing

@testable import Engine

@Suite("Grounding phrases people use on tables the engine was not tuned on")
struct GroundingPhrasesTests {
    func asker(_ table: String) throws -> Asker {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE incidents(victim TEXT, age REAL, race TEXT, death_date DATE, area TEXT);
            INSERT INTO incidents VALUES
              ('a',18,'Latino','1992-04-30','Westlake'), ('b',42,'Latino','1992-05-01','Chinatown'),
              ('c',30,'Black','1992-05-01','Westlake'), ('d',25,'White','1992-05-02','Westlake'),
              ('e',NULL,'White','1992-05-03','Harbor');
            CREATE TABLE schools(district_name TEXT, county TEXT, teachers REAL, ram_gb INTEGER,
              days_on_mkt INTEGER, gas_price REAL, year INTEGER);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 16)
            INSERT INTO schools SELECT 'd' || i, CASE i % 2 WHEN 0 THEN 'Alpine' ELSE 'Kern' END, 1.5 * i, i,
              10 * i, CASE i WHEN 1 THEN NULL ELSE 1 + 0.1 * i END, 2000 + i FROM n;
            CREATE TABLE home_sales(area TEXT, sale_price REAL, pop_total INTEGER, pop_white INTEGER);
            INSERT INTO home_sales VALUES
              ('North',100,2000,1500), ('North',300,500,400), ('South',200,1500,1000);
            CREATE TABLE flights(carrier TEXT, dep_delay_min REAL, arr_delay_min REAL, fl_date DATE);
            INSERT INTO flights VALUES
              ('AA',5,50,'2020-01-01'), ('AA',45,40,'2020-01-02'), ('UA',60,0,'2020-01-02'),
              ('UA',31,10,'2020-01-03'), ('UA',0,90,'2020-01-04');
            """)
        return try Asker(connection: db, tables: [table])
    }

    func value(_ a: Answer) -> Double? { a.chart.data.datasets.first?.data.first?.number }

    @Test("a plural date-column word names the rows counted, not a date grouping")
    func eventsAreRows() throws {
        let s = try asker("incidents")
        let a = try s.ask("deaths by race")
        #expect(a.chart.data.labels == ["Latino", "White", "Black"])
        #expect(a.chart.data.datasets.first?.data.map(\.number) == [2, 2, 1])
        let most = try s.ask("which area had the most deaths")
        #expect(most.chart.data.labels == ["Westlake"])
        #expect(value(most) == 3)
    }

    @Test("\"number of\" a count column sums it; a unit word after a number names no measure")
    func countsAndUnits() throws {
        let s = try asker("schools")
        #expect(value(try s.ask("total number of teachers")) == 204)
        #expect(value(try s.ask("how many schools have more than 8 gb of ram")) == 8)
    }

    @Test("initials name a column, and a level over an open-ended span is its course over time")
    func initialsAndSpans() throws {
        let s = try asker("schools")
        #expect(value(try s.ask("avg dom in Kern")) == 80)
        let since = try s.ask("gas price since 2013")
        #expect(since.chart.data.labels == ["2013", "2014", "2015", "2016"])
    }

    @Test("an ambiguous word is settled by another word of the question; the restated column adds no measure")
    func ambiguitySettled() throws {
        let s = try asker("flights")
        #expect(value(try s.ask("flights delayed more than 30 minutes on departure")) == 3)
        #expect(throws: LanguageError.self) { try s.ask("average delay") }
    }

    @Test("which-questions with no measure rank the groups by their rows")
    func whichCountsRows() throws {
        let a = try asker("flights").ask("which carrier has the most")
        #expect(a.chart.data.labels == ["UA"])
        #expect(value(a) == 3)
    }

    @Test("\"total sales\" over a table of sales sums its money; a word after a number names the column compared")
    func salesAndPeople() throws {
        let s = try asker("home_sales")
        let a = try s.ask("total sales by area")
        #expect(a.chart.data.labels == ["North", "South"])
        #expect(a.chart.data.datasets.first?.data.map(\.number) == [400, 200])
        #expect(throws: LanguageError.self) { try s.ask("average buyer age") }
        #expect(value(try s.ask("areas with more than 1000 people")) == 2)
    }

    @Test(
        "a ranking of the rows from the lowest skips rows with no value; a grouping word between an aggregate and its measure qualifies it"
    )
    func lowestAndAdjuncts() throws {
        let lowest = try asker("schools").ask("district with the lowest gas price")
        #expect(lowest.chart.data.labels == ["d2"])
        let adjunct = try asker("schools").ask("average county teachers")
        #expect(adjunct.chart.type == .kpi)
        #expect(value(adjunct) == 12.75)
    }

    @Test("a word reached through a typo correction gives the same answer with less confidence")
    func typosLowerConfidence() throws {
        let s = try asker("schools")
        let sure = try s.ask("average teachers by county")
        let typo = try s.ask("average teachrs by county")
        #expect(typo.chart.data.labels == sure.chart.data.labels)
        #expect(sure.confidence == 1)
        #expect(typo.confidence < sure.confidence)
    }
}
