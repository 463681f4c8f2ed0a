/// A `RowCursor` over CSV bytes: no `String` per field.
struct ByteRowCursor: RowCursor {
    let tokenizer: CSVTokenizer
    let encoding: TextEncoding
    let header: [String]

    init(tokenizer: CSVTokenizer, encoding: TextEncoding) throws {
        self.tokenizer = tokenizer
        self.encoding = encoding
        header =
            try tokenizer.nextRecord()
            ? (0..<tokenizer.fieldCount).map { encoding.string(tokenizer.field($0)) } : []
    }

    mutating func advance() throws -> Bool { try tokenizer.nextRecord() }
    var fieldCount: Int { tokenizer.fieldCount }
    var line: Int { tokenizer.line }

    @inline(__always)
    func observe(_ i: Int, into inference: inout ColumnInference) { inference.observe(tokenizer.field(i)) }

    @inline(__always)
    func bind(_ i: Int, as plan: ColumnPlan, into inserter: RowInserter) -> Bool {
        inserter.bind(bytes: tokenizer.field(i), as: plan, at: Int32(i + 1), stable: true)
    }
}
