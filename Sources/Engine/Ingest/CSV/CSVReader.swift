/// Reads a CSV file record by record as `Field`s; the first record is the header.
struct CSVReader: RecordReader {
    private let tokenizer: CSVTokenizer
    private let encoding: TextEncoding
    let header: [String]

    init(source: CSVSource) throws {
        tokenizer = try source.tokenizer()
        encoding = source.dialect.encoding
        if try tokenizer.nextRecord() {
            header = (0..<tokenizer.fieldCount).map { [tokenizer, encoding] in encoding.string(tokenizer.field($0)) }
        } else {
            header = []
        }
    }

    var line: Int { tokenizer.line }

    mutating func next() throws -> [Field]? {
        guard try tokenizer.nextRecord() else { return nil }
        return (0..<tokenizer.fieldCount).map { i in
            let bytes = tokenizer.field(i)
            return bytes.isEmpty ? .missing : .text(encoding.string(bytes))
        }
    }
}
