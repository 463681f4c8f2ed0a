import Foundation

/// Reads one chunk of a CSV file twice: a survey (types, row count) and a conversion into
/// `ColumnBuilder`s once the plans of the whole file are known.
struct ChunkReader: Sendable {
    let url: URL
    let range: Range<Int>
    let delimiter: UInt8
    let hasHeader: Bool
    let width: Int

    /// What the survey of the chunk learned.
    struct Survey {
        var inference: [ColumnInference]
        var rows: Int
    }

    private func tokenizer() throws -> CSVTokenizer {
        let t = CSVTokenizer(file: try ChunkedFile(url: url, range: range), delimiter: delimiter)
        if hasHeader { _ = try t.nextRecord() }
        return t
    }

    /// Pass 1: every field observed for type inference.
    func survey() throws -> Survey {
        let t = try tokenizer()
        let observed = UnsafeMutablePointer<ColumnInference>.allocate(capacity: width)
        observed.initialize(repeating: ColumnInference(), count: width)
        defer { observed.deallocate() }
        var rows = 0
        while try t.nextRecord() {
            rows += 1
            let count = t.fieldCount
            if count < width { for i in count..<width { observed[i].observeAbsent() } }
            for i in 0..<min(count, width) { observed[i].observe(t.field(i)) }
        }
        return Survey(inference: Array(UnsafeBufferPointer(start: observed, count: width)), rows: rows)
    }

    /// Pass 2: every field converted as `plans` say.
    func convert(_ plans: [ColumnPlan], encoding: TextEncoding, rows: Int) throws -> [ColumnBuilder] {
        let t = try tokenizer()
        var builders = plans.map { ColumnBuilder(plan: $0, encoding: encoding, capacity: rows) }
        var read = 0
        try builders.withUnsafeMutableBufferPointer { b in
            while try t.nextRecord() {
                read += 1
                let count = min(t.fieldCount, width)
                for i in 0..<count where !b[i].append(t.field(i)) {
                    throw ColumnarError(.invalid, "field \(i + 1) does not fit the type read in the first pass")
                }
                if count < width { for i in count..<width { b[i].appendNull() } }
            }
        }
        guard read == rows else { throw ColumnarError(.invalid, "the file changed while it was being loaded") }
        return builders
    }
}
