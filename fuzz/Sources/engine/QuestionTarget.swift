import Foundation
import FuzzKit

@testable import Engine

/// A question in English over a small table: tokenizer, tagger, date phrases, interpreter,
/// planner, then the SQL it plans.
struct QuestionTarget: FuzzTarget {
    static let name = "nl"
    let asker: Asker

    init() throws {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE weather(date DATE, precipitation REAL, temp_max REAL, wind REAL, weather TEXT);
            INSERT INTO weather VALUES ('2014-01-01',1.5,10,3,'rain'),('2014-03-02',0,15,2,'sun'),
              ('2014-07-04',0,30,1,'sun'),('2015-02-01',3,5,6,'snow'),('2015-12-31',0.5,8,4,'rain');
            """)
        asker = try Asker(connection: db, tables: ["weather"])
    }

    func run(_ data: [UInt8]) {
        do {
            _ = try asker.ask(String(decoding: data, as: UTF8.self))
        } catch {
            Finding.expect(error, in: Self.name) { $0 is LanguageError || $0 is QueryError }
        }
    }
}
