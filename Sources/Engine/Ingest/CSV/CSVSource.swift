import Foundation

/// A CSV or TSV file as a `RecordSource`: the delimiter is sniffed (`,` `;` tab `|`; fixed to tab
/// for `.tsv`) and the encoding decided (UTF-8, else Windows-1252) once, when it is created.
struct CSVSource: RecordSource {
    /// The file.
    let url: URL
    let dialect: CSVDialect

    /// Opens `url`, sniffing its delimiter unless `delimiter` is given.
    init(url: URL, delimiter: UInt8? = nil) throws {
        self.url = url
        let file = try ChunkedFile(url: url)
        let head = try FileFormat.prefix(of: url, count: 64 * 1024)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw IngestError(
                path: url.path, line: 1, column: 1,
                message: "the file is UTF-16; save it as UTF-8 (or Windows-1252) text and load it again")
        }
        let sniffed = delimiter ?? CSVDialect.sniffDelimiter(head, truncated: head.count == 64 * 1024)
        dialect = CSVDialect(delimiter: sniffed, encoding: try TextEncoding.detect(file))
    }

    /// The field delimiter in use.
    var delimiter: Character { Character(Unicode.Scalar(dialect.delimiter)) }

    /// A reader that turns each record into `Field`s (`.text`, or `.missing` for empty fields).
    public func open() throws -> any RecordReader { try CSVReader(source: self) }

    /// A tokenizer over the raw bytes (the loader's fast path).
    func tokenizer(limits: IngestLimits = IngestLimits()) throws -> CSVTokenizer {
        CSVTokenizer(file: try ChunkedFile(url: url), delimiter: dialect.delimiter, limits: limits)
    }
}
