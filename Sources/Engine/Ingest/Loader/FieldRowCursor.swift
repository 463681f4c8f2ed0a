/// A `RowCursor` over any `RecordReader` (XLSX, JSON and other typed sources).
struct FieldRowCursor: RowCursor {
    private var reader: any RecordReader
    private var fields: [Field] = []
    let header: [String]

    init(reader: any RecordReader) {
        self.reader = reader
        header = reader.header
    }

    mutating func advance() throws -> Bool {
        guard let next = try reader.next() else { return false }
        fields = next
        return true
    }

    var fieldCount: Int { fields.count }
    var line: Int { reader.line }

    func observe(_ i: Int, into inference: inout ColumnInference) { inference.observe(fields[i]) }

    func bind(_ i: Int, as plan: ColumnPlan, into inserter: RowInserter) -> Bool {
        inserter.bind(field: fields[i], as: plan, at: Int32(i + 1))
    }
}
