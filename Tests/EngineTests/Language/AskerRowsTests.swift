import Foundation
import Testing

@testable import Engine

@Suite("An answer's rows")
struct AskerRowsTests {
    func asker() throws -> Asker {
        let db = try Connection.inMemory()
        try db.execute(
            """
            CREATE TABLE sales(date DATE, region TEXT, revenue REAL, units INTEGER);
            INSERT INTO sales VALUES ('2023-01-10','North',100,1), ('2023-01-20','South',200,2),
              ('2023-02-12','North',300,3);
            """)
        return try Asker(connection: db, tables: ["sales"])
    }

    @Test("are the chart's query result, columns named by source column and measure title")
    func named() throws {
        let a = try asker().ask("total revenue by region")
        #expect(a.rows.columns.map(\.name) == ["region", "Sum of revenue"])
        #expect(a.rows.rows == [[.text("North"), .real(400)], [.text("South"), .real(200)]])
        let m = try asker().ask("revenue by month")
        #expect(m.rows.columns.map(\.name) == ["date (month)", "Sum of revenue"])
        #expect(m.rows.rows.count == 2)
    }
}
