import Foundation

@testable import Engine

/// The development set under `Fixtures/ask/`: public tables (CSV + column types) and questions
/// with answers computed by DuckDB at dev time (`make_questions.py`).
struct DevelopmentSet {
    struct Question: Decodable {
        var table: String
        var question: String
        var kind: String
        var ordered: Bool
        var split: String
        var chart: String?
        var labels: [String]?
        var series: [String]?
        var datasets: [[Double?]]?
    }

    static var folder: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("ask")
    }

    static func questions() throws -> [Question] {
        try JSONDecoder().decode(
            [Question].self, from: Data(contentsOf: folder.appendingPathComponent("questions.json")))
    }

    /// An in-memory database holding every development table with its declared column types.
    static func database() throws -> Connection {
        let db = try Connection.inMemory()
        let tables = try JSONDecoder().decode(
            [String: [[String]]].self, from: Data(contentsOf: folder.appendingPathComponent("tables.json")))
        for (name, columns) in tables.sorted(by: { $0.key < $1.key }) {
            let types = columns.map { ColumnType(rawValue: $0[1]) ?? .string }
            let defs = zip(columns, types).map { "\(Identifier.quote($0[0])) \($1.declaredType)" }
            try db.execute("CREATE TABLE \(Identifier.quote(name)) (\(defs.joined(separator: ", ")))")
            let text = try String(contentsOf: folder.appendingPathComponent("\(name).csv"), encoding: .utf8)
            let lines = text.split(whereSeparator: \.isNewline).dropFirst()
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let insert = try db.prepare("INSERT INTO \(Identifier.quote(name)) VALUES (\(marks))")
            try db.transaction {
                for line in lines {
                    let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    let values: [SQLValue] = zip(cells, types).map { cell, type in
                        if cell.isEmpty { return .null }
                        switch type {
                        case .integer:
                            return Int64(cell).map { .integer($0) } ?? Double(cell).map { .integer(Int64($0)) } ?? .null
                        case .decimal: return Double(cell).map { .real($0) } ?? .null
                        default: return .text(cell)
                        }
                    }
                    try insert.bind(values)
                    while try insert.step() {}
                }
            }
        }
        return db
    }
}
