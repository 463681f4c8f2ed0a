import Serve
import Testing

struct WarehouseConnectionTests {
    @Test func parsesPostgresURL() throws {
        let c = try WarehouseConnection(
            engine: .postgres, url: "postgres://ann:p%40ss@db.example:6543/sales?sslmode=require")
        #expect(c.host == "db.example")
        #expect(c.port == 6543)
        #expect(c.user == "ann")
        #expect(c.password == "p@ss")
        #expect(c.database == "sales")
        #expect(c.tls)
        #expect(!c.description.contains("p@ss"))
    }

    @Test func parsesClickHouseURLWithDefaults() throws {
        let c = try WarehouseConnection(engine: .clickhouse, url: "http://ch.example/?database=events")
        #expect(c.port == 8123)
        #expect(c.database == "events")
        #expect(!c.tls)
        #expect(try WarehouseConnection(engine: .clickhouse, url: "https://ch.example:8443").tls)
    }

    @Test func refusesWrongSchemesAndHostlessURLs() {
        let wrong = #expect(throws: WarehouseError.self) {
            try WarehouseConnection(engine: .postgres, url: "http://user:secret@host/db")
        }
        #expect(wrong?.message.contains("postgres://") == true)
        #expect(wrong?.message.contains("secret") == false)
        #expect(throws: WarehouseError.self) { try WarehouseConnection(engine: .clickhouse, url: "http:///x") }
        #expect(throws: WarehouseError.self) { try WarehouseConnection(engine: .clickhouse, url: "not a url") }
    }
}
