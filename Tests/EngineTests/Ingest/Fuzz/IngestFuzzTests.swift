import Foundation
import TestSupport
import Testing

@testable import Engine

/// Mutation fuzzing of ingest (issue 17's standing battery): seeded mutations of valid CSV, TSV,
/// JSON, NDJSON and XLSX files are loaded; each either loads or fails with an `IngestError`
/// naming the file (`path:line:column: message`) — never another error, a crash or a hang.
/// Memory of huge hostile files is measured by `scripts/fuzz-files`, outside the test process.
@Suite("Ingest fuzzing")
struct IngestFuzzTests {
    static let seeds: [(area: String, name: String)] = [
        ("csv", "quoted_newlines.csv"), ("csv", "numbers.csv"), ("csv", "dates.csv"), ("csv", "people.tsv"),
        ("csv", "bom_crlf.csv"), ("json", "array.json"), ("json", "deep.json"), ("json", "lines.ndjson"),
        ("xlsx", "handmade.xlsx"),
    ]

    @Test("mutated files load or fail with path:line:column", arguments: seeds.indices)
    func mutations(index: Int) throws {
        let seed = Self.seeds[index]
        let seedURL = try ReaderFixture.url(seed.area, seed.name)
        let original = try [UInt8](Data(contentsOf: seedURL))
        let directory = try TemporaryDirectory("aiser-fuzz")
        defer { directory.remove() }
        var mutator = Mutator(seed: UInt64(index + 1) * 7919)
        var loaded = 0
        var refused = 0
        for round in 0..<300 {
            let bytes = mutator.mutate(original)
            let url = directory.url.appendingPathComponent("case\(round)-\(seed.name)")
            try Data(bytes).write(to: url)
            let db = try Connection.inMemory()
            do {
                _ = try Ingestor.load(url, into: db, table: "t")
                loaded += 1
            } catch let error as IngestError {
                refused += 1
                #expect(error.path == url.path, "\(seed.name) round \(round): \(error)")
                #expect(!error.message.isEmpty && (error.line ?? 1) >= 1 && (error.column ?? 1) >= 1, "\(error)")
                #expect(try db.tableNames().isEmpty, "\(seed.name) round \(round): a failed load left a table")
            } catch {
                Issue.record("\(seed.name) round \(round): not an IngestError: \(error)")
            }
            try? FileManager.default.removeItem(at: url)
        }
        // Both outcomes happen (mutated archives fail their checksums; a seed that is refused
        // as it is stays refused), or the mutations do not reach the parser.
        #expect(refused > 0)
        let seedLoads = (try? Ingestor.load(seedURL, into: try Connection.inMemory(), table: "t")) != nil
        if seed.area != "xlsx", seedLoads { #expect(loaded > 0) }
    }
}
