import Foundation

@testable import Engine

/// Fixture lookup and whole-source reading for the XLSX and JSON reader tests.
enum ReaderFixture {
    /// The URL of `name` in `Fixtures/<area>/`.
    static func url(_ area: String, _ name: String) throws -> URL {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return root.appendingPathComponent(area).appendingPathComponent(name)
    }

    /// Every record of a source with the line it starts on.
    static func readAll(_ source: some RecordSource) throws -> (header: [String], records: [Record]) {
        var reader = try source.open()
        var records: [Record] = []
        while let fields = try reader.next() {
            records.append(Record(line: reader.line, fields: fields))
        }
        return (reader.header, records)
    }

    struct Record: Equatable, CustomStringConvertible {
        let line: Int
        let fields: [Field]
        var description: String { "\(line): \(fields)" }
    }
}
