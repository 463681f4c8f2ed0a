import Testing

@testable import Engine

@Suite("Key drivers skip identifier columns")
struct KeyDriversIdentifierTests {
    @Test("integer columns named like identifiers with all-distinct values are skipped")
    func skipsIdentifiers() throws {
        var rows: [[SQLValue]] = []
        for i in 0..<30 {
            let id = SQLValue.integer(Int64(1000 + 29 - i))
            let spend = SQLValue.integer(Int64(i * i + 3))
            let revenue = SQLValue.real(Double(i * i) * 2.5 + Double(i % 3))
            rows.append([id, spend, revenue])
        }
        let columns: [QueryResult.Column] = [
            .init(name: "order_id", type: .integer), .init(name: "spend", type: .integer),
            .init(name: "revenue", type: .decimal),
        ]
        let report = try KeyDrivers.analyze(result: QueryResult(columns: columns, rows: rows), target: "revenue")
        #expect(report.drivers.map(\.factor) == ["spend"])
        #expect(report.skipped["order_id"] == "an identifier: every value is distinct")
        #expect(KeyDrivers.isIdentifier("customerId", [1, 2, 3]))
        #expect(KeyDrivers.isIdentifier("Row Number", [7, 3, 5]))
        #expect(!KeyDrivers.isIdentifier("paid", [1, 2, 3]))
        #expect(!KeyDrivers.isIdentifier("order_id", [1, 1, 2]))
        #expect(!KeyDrivers.isIdentifier("ads", [1, 2, 3]))
    }
}
