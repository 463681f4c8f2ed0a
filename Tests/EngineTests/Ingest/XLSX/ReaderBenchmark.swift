import Foundation
import Testing

@testable import Engine

/// Throughput of the XLSX and JSON readers, driven by `bench/xlsxjson/run.sh`.
///
/// Does nothing (and asserts nothing) unless `AISER_BENCH_READERS` names a directory holding
/// `sales.xlsx`, `sales.ndjson` and `sales.json`; then it prints one `BENCH file rows seconds`
/// line per file, seconds being process CPU time for opening and reading every record.
@Suite("Reader benchmark (only with AISER_BENCH_READERS)")
struct ReaderBenchmark {
    @Test("reads the benchmark files when asked to")
    func run() throws {
        guard let directory = ProcessInfo.processInfo.environment["AISER_BENCH_READERS"] else { return }
        let url = URL(fileURLWithPath: directory)
        try measure("sales.xlsx") { try XLSXSource(url: url.appendingPathComponent("sales.xlsx")) }
        try measure("sales.ndjson") { try JSONSource(url: url.appendingPathComponent("sales.ndjson")) }
        try measure("sales.json") { try JSONSource(url: url.appendingPathComponent("sales.json")) }
    }

    private func measure(_ name: String, _ make: () throws -> any RecordSource) throws {
        let start = clock()
        var reader = try make().open()
        var rows = 0
        while try reader.next() != nil { rows += 1 }
        let seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)
        print("BENCH \(name) \(rows) \(String(format: "%.3f", seconds))")
    }
}
