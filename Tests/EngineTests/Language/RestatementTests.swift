import Testing

@testable import Engine

@Suite("Words that restate a column, the rows' own names, people's ages and a table's total")
struct RestatementTests {
    func asker(_ table: String) throws -> Asker {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE provinces(province TEXT, pct_poverty REAL, popasian INTEGER, percasian REAL,
              income INTEGER);
            INSERT INTO provinces VALUES
              ('Alpha',10,100,5,30000), ('Beta',20,300,15,40000), ('Gamma',30,50,2.5,50000),
              ('Delta',15,200,10,35000), ('Epsilon',25,150,7.5,45000);
            CREATE TABLE clinic(age REAL, stay_days REAL);
            INSERT INTO clinic VALUES (25,2), (35,4), (45,6), (65,8), (70,10);
            CREATE TABLE ballots(ward TEXT, smith INTEGER, jones INTEGER, total INTEGER);
            INSERT INTO ballots VALUES
              ('W1',50,30,80), ('W2',100,60,160), ('W3',70,80,150), ('W4',20,10,30), ('W5',90,100,190);
            CREATE TABLE readings(site TEXT, ozone REAL);
            INSERT INTO readings VALUES ('North',10), ('North',20), ('South',40);
            """)
        return try Asker(connection: db, tables: [table])
    }

    func value(_ a: Answer) -> Double? { a.chart.data.datasets.first?.data.first?.number }

    @Test("a share word beside a column of percentages asks for the column, or for a count's percentage sibling")
    func percentageWords() throws {
        let s = try asker("provinces")
        #expect(value(try s.ask("poverty percentage in Gamma")) == 30)
        #expect(value(try s.ask("average asian population percentage")) == 8)
    }

    @Test("a column with a different value in every row, named without by, names the rows")
    func rowNames() throws {
        let s = try asker("provinces")
        let a = try s.ask("median income of the provinces")
        #expect(a.chart.type == .kpi)
        #expect(value(a) == 40000)
        #expect(try s.ask("which province has the highest income").chart.data.labels == ["Gamma"])
    }

    @Test("a number compared about people is their age")
    func peopleAreAged() throws {
        let s = try asker("clinic")
        #expect(value(try s.ask("patients over 60")) == 2)
        #expect(value(try s.ask("average stay for patients under 40")) == 3)
    }

    @Test("in a table of parts and their total, the things counted are the total")
    func partsAndTotal() throws {
        let s = try asker("ballots")
        #expect(value(try s.ask("wards with more than 100 votes")) == 3)
        #expect(value(try s.ask("median votes per ward")) == 150)
    }

    @Test("\"level\" after a measure averages it")
    func levels() throws {
        #expect(value(try asker("readings").ask("ozone level in North")) == 15)
    }
}
