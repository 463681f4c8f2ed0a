import Foundation
import FuzzKit

@testable import Engine

/// The CSV tokenizer and loader (delimiter sniffing, encodings, quotes, limits), then the
/// record reader over the same bytes.
struct CSVTarget: FuzzTarget {
    static let name = "csv"

    func run(_ data: [UInt8]) {
        IngestRun.load(data, fileName: "input.csv", format: .csv, target: Self.name)
        do {
            var reader = try CSVSource(url: Scratch.folder.appendingPathComponent("input.csv")).open()
            var records = 0
            while try reader.next() != nil, records < 10_000 { records += 1 }
        } catch {
            Finding.expect(error, in: Self.name) { $0 is IngestError }
        }
    }
}
