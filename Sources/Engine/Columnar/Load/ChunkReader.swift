import Foundation

/// Reads one chunk of a CSV file: a survey (types, row count) that can convert the values at the
/// same time, and a conversion into `ColumnBuilder`s once the plans of the whole file are known.
struct ChunkReader: Sendable {
    let url: URL
    let range: Range<Int>
    let delimiter: UInt8
    let hasHeader: Bool
    let width: Int

    /// What the survey of the chunk learned, and its values when it converted them too.
    struct Survey {
        var inference: [ColumnInference]
        var rows: Int
        /// The converted columns, when `survey(convertingAs:…)` was given plans and every value fit.
        var builders: [ColumnBuilder]?
    }

    private func tokenizer() throws -> CSVTokenizer {
        let t = CSVTokenizer(file: try ChunkedFile(url: url, range: range), delimiter: delimiter)
        if hasHeader { _ = try t.nextRecord() }
        return t
    }

    /// Pass 1: every field (of at most `limit` records) observed for type inference; with
    /// `plans`, also converted as they say in the same pass (given up at the first value that
    /// does not fit, so the caller converts again once the file's real plans are known).
    ///
    /// Columns marked in `trusted` are not observed while their values convert: for a plain
    /// integer, plain decimal or boolean plan, every value converting proves inference would
    /// pick that plan. When a value does not fit, the survey returns no builders and its
    /// inference is incomplete for those columns (the caller surveys again).
    func survey(
        convertingAs plans: [ColumnPlan]? = nil, trusting trusted: [Bool] = [], encoding: TextEncoding = .utf8,
        limit: Int = .max
    ) throws -> Survey {
        let skip = trusted.count == width ? trusted : [Bool](repeating: false, count: width)
        let t = try tokenizer()
        let observed = UnsafeMutablePointer<ColumnInference>.allocate(capacity: width)
        observed.initialize(repeating: ColumnInference(), count: width)
        defer { observed.deallocate() }
        let capacity = range.count / 64
        var builders = plans?.map { ColumnBuilder(plan: $0, encoding: encoding, capacity: capacity) } ?? []
        var converting = plans != nil
        var rows = 0
        try builders.withUnsafeMutableBufferPointer { b in
            while rows < limit, try t.nextRecord() {
                rows += 1
                let count = min(t.fieldCount, width)
                for i in 0..<count {
                    let field = t.field(i)
                    if converting, skip[i] {
                        if !b[i].append(field) { converting = false }
                        continue
                    }
                    observed[i].observe(field)
                    if converting, !b[i].append(field, plain: observed[i].lastPlain) { converting = false }
                }
                if count < width {
                    for i in count..<width {
                        observed[i].observeAbsent()
                        if converting { b[i].appendNull() }
                    }
                }
            }
        }
        return Survey(
            inference: Array(UnsafeBufferPointer(start: observed, count: width)), rows: rows,
            builders: converting ? builders : nil)
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
