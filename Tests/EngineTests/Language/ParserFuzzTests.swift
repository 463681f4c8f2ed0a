import Testing

@testable import Engine

@Suite("Fuzzing the question parser")
struct ParserFuzzTests {
    /// Engine's seeded generator (SplitMix64), so failures reproduce.
    struct SplitMix {
        var generator: SeededGenerator
        init(state: UInt64) { generator = SeededGenerator(seed: state) }
        mutating func next() -> UInt64 { generator.next() }
        mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }
    }

    static let vocabulary = [
        "total", "average", "by", "per", "month", "year", "top", "5", "which", "highest", "lowest", "between", "and",
        "from", "to", "in", "2014", "March", "last", "3", "months", "share", "growth", "ratio", "of", "tip", "day",
        "weather", "rain", "precipitation", "temp", "max", "vs", "pie", "chart", "sorted", "descending", ">", "<=",
        "not", "excluding", "how", "many", "distinct", "count", "Q2", "2014-03", "2015-13-45", "-1", "0", "1e309",
        "99999999999999999999", "'", "\"", ";", "DROP", "TABLE", "--", "%", "$5", "5k", "ünïcødé", "🙂", "\u{0}",
        "first", "since", "before", "after", "week", "weekly", "over", "time", "sun", "snow", "wind", "median",
    ]

    @Test("five thousand random and garbled questions never crash; each answers or refuses clearly")
    func fuzz() throws {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE weather(date DATE, precipitation REAL, temp_max REAL, wind REAL, weather TEXT);
            INSERT INTO weather VALUES ('2014-01-01',1.5,10,3,'rain'),('2014-03-02',0,15,2,'sun'),
              ('2014-07-04',0,30,1,'sun'),('2015-02-01',3,5,6,'snow'),('2015-12-31',0.5,8,4,'rain');
            """)
        let asker = try Asker(connection: db, tables: ["weather"])
        var rng = SplitMix(state: 20_261_129)
        var answered = 0, refused = 0
        for n in 0..<5_000 {
            var q: String
            if n % 3 == 0 {
                // Random characters, including control and multi-byte ones.
                let len = Int(rng.next() % 60)
                q = String(
                    String.UnicodeScalarView(
                        (0..<len).compactMap { _ in
                            Unicode.Scalar(UInt32(rng.next() % (n % 2 == 0 ? 128 : 0x1F700)))
                        }))
            } else {
                let len = 1 + Int(rng.next() % 12)
                q = (0..<len).map { _ in rng.pick(Self.vocabulary) }.joined(separator: rng.next() % 5 == 0 ? "" : " ")
            }
            do {
                let a = try asker.ask(q)
                #expect(!a.sql.isEmpty)
                answered += 1
            } catch is LanguageError {
                refused += 1
            } catch is QueryError {
                refused += 1
            }
        }
        #expect(answered + refused == 5_000)
        #expect(answered > 50)
    }
}
