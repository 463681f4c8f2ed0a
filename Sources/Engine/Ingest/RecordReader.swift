/// Reads the records of one tabular source, front to back.
///
/// The loader opens a source twice (once to infer types, once to insert), so a reader must be
/// cheap to create and must stream: memory may not grow with the size of the file.
protocol RecordReader {
    /// Column names exactly as the source has them (the loader normalises and deduplicates).
    var header: [String] { get }
    /// The next record, or `nil` at the end. A record may have fewer or more fields than the
    /// header (the loader reports such ragged rows).
    mutating func next() throws -> [Field]?
    /// The 1-based line (or row, for spreadsheets) where the record last returned starts.
    var line: Int { get }
}

/// Something that can open a fresh `RecordReader` over the same data, any number of times.
protocol RecordSource: Sendable {
    func open() throws -> any RecordReader
}
