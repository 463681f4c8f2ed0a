import Foundation
import Synchronization

extension ColumnarTable {
    /// Loads a CSV or TSV file into columns with exactly the names, types and values the SQLite
    /// ingest (`Ingestor.load`) gives the same file. Cut into chunks read in parallel when it
    /// has no quotes. Other formats throw `ColumnarError` `.notSupported`.
    public static func load(_ url: URL, as table: String, format: FileFormat? = nil) throws -> ColumnarTable {
        try load(url, as: table, format: format, parts: 2 * ProcessInfo.processInfo.activeProcessorCount)
    }

    /// `load(_:as:format:)` on at most `threads` threads (the calling one included), for a load
    /// that must leave the other cores to work running beside it.
    public static func load(_ url: URL, as table: String, format: FileFormat? = nil, threads: Int) throws
        -> ColumnarTable
    {
        try load(url, as: table, format: format, parts: max(1, threads))
    }

    /// `load(_:as:format:)` in at most `parts` chunks for files of at least `minimumSplitSize` bytes.
    static func load(
        _ url: URL, as table: String, format: FileFormat?, parts: Int,
        minimumSplitSize: Int = ChunkPlan.minimumSplitSize
    ) throws -> ColumnarTable {
        let format = try format ?? FileFormat.detect(url)
        guard format == .csv || format == .tsv else {
            throw ColumnarError.unsupported("\(format.rawValue) files are loaded into SQLite")
        }
        let source = try CSVSource(url: url, delimiter: format == .tsv ? 0x09 : nil)
        let delimiter = source.dialect.delimiter, encoding = source.dialect.encoding
        let header = try ByteRowCursor(tokenizer: try source.tokenizer(), encoding: encoding).header
        guard !header.isEmpty else { throw ColumnarError(.invalid, "the file is empty") }
        let names = HeaderNames.normalise(header).names
        let ranges = try ChunkPlan.ranges(of: url, parts: parts, minimumSize: minimumSplitSize)
        let readers = ranges.enumerated().map {
            ChunkReader(url: url, range: $1, delimiter: delimiter, hasHeader: $0 == 0, width: names.count)
        }
        // One pass converts with the types the first rows suggest while it surveys every value;
        // only when the whole file's types turn out different is it read a second time.
        let sample = try readers[0].survey(limit: 2_000)
        let provisional = sample.inference.map { $0.plan(delimiter: delimiter) }
        let trusted = provisional.map { plan in
            switch plan {
            case .integer(.plain), .decimal(.plain), .boolean: return true
            default: return false
            }
        }
        let first = try parallel(readers) {
            try $0.survey(convertingAs: provisional, trusting: trusted, encoding: encoding)
        }
        let fast = first.allSatisfy { $0.builders != nil }
        let surveys = fast ? first : try parallel(readers) { try $0.survey() }
        var inference = surveys[0].inference
        for s in surveys.dropFirst() { for i in inference.indices { inference[i].merge(s.inference[i]) } }
        let plans = inference.indices.map { i in
            fast && trusted[i] ? provisional[i] : inference[i].plan(delimiter: delimiter)
        }
        let converted = surveys.compactMap(\.builders)
        let chunks =
            plans == provisional && converted.count == surveys.count
            ? converted
            : try parallel(Array(readers.indices)) { k in
                try readers[k].convert(plans, encoding: encoding, rows: surveys[k].rows)
            }
        let rows = surveys.reduce(0) { $0 + $1.rows }
        let columns = try parallel(Array(plans.indices)) { i in
            ColumnarColumn(
                name: names[i], type: plans[i].type, storage: ColumnMerger.merge(chunks.map { $0[i] }))
        }
        return ColumnarTable(name: table, rowCount: rows, columns: columns)
    }

    /// `body` applied to every element on as many threads as there are elements (the first on
    /// the calling thread); results in order. Threads, not `concurrentPerform`: libdispatch runs
    /// an apply serially when its small pool is busy, e.g. with the caller's own tasks.
    static func parallel<T, R>(_ items: [T], _ body: @escaping @Sendable (T) throws -> R) throws -> [R] {
        if items.count == 1 { return [try body(items[0])] }
        let results = Mutex<[Int: UncheckedBox<Result<R, any Error>>]>([:])
        let boxed = UncheckedBox(items)
        let done = DispatchGroup()
        for k in 1..<items.count {
            done.enter()
            Thread {
                let r = UncheckedBox(Result { try body(boxed.value[k]) })
                results.withLock { $0[k] = r }
                done.leave()
            }.start()
        }
        let first = UncheckedBox(Result { try body(items[0]) })
        done.wait()
        let all = results.withLock { $0 }
        return try items.indices.map { k in
            if k == 0 { return try first.value.get() }
            guard let r = all[k] else { throw ColumnarError(.invalid, "a parallel part did not finish") }
            return try r.value.get()
        }
    }
}
