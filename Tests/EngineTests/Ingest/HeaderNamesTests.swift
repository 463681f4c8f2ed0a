import Foundation
import Testing

@testable import Engine

@Suite("Header names and table names")
struct HeaderNamesTests {
    @Test("trims, fills blank names and deduplicates ignoring case")
    func normalise() {
        let (names, warnings) = HeaderNames.normalise([" id ", "name", "", "Name", "name", " total\n sum ", "name_2"])
        #expect(names == ["id", "name", "column_3", "Name_2", "name_3", "total sum", "name_2_2"])
        #expect(warnings.count == 4)
        #expect(warnings[0] == "column 3 has no name; it is called column_3")
        #expect(warnings[1] == "column 4 repeats the name \"Name\"; it is called Name_2")
    }

    @Test("derives table names from file stems")
    func tableNames() {
        func name(_ path: String) -> String { Ingestor.tableName(for: URL(fileURLWithPath: path)) }
        #expect(name("/data/sales_2024.csv") == "sales_2024")
        #expect(name("/data/Sales Data (Q1).xlsx") == "sales_data_q1")
        #expect(name("/data/2024-sales.csv") == "t_2024_sales")
        #expect(name("/data/données.json") == "données")
        #expect(name("/data/---.csv") == "data")
    }
}
