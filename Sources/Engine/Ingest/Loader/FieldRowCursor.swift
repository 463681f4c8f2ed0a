/// A `RowCursor` over any `RecordReader` (XLSX, JSON and other typed sources).
struct FieldRowCursor: RowCursor {
    private var reader: any RecordReader
    private var fields: [Field] = []
    let header: [String]
    let path: String
    let maxFieldBytes: Int

    init(reader: any RecordReader, path: String = "", limits: IngestLimits = IngestLimits()) {
        self.reader = reader
        header = reader.header
        self.path = path
        maxFieldBytes = limits.maxFieldBytes
    }

    /// Moves to the next record; a text field over the field cap is an error at its line and
    /// column (for spreadsheets: row and column number).
    mutating func advance() throws -> Bool {
        guard let next = try reader.next() else { return false }
        for (i, field) in next.enumerated() {
            if case .text(let s) = field, s.utf8.count > maxFieldBytes {
                throw IngestError(
                    path: path, line: reader.line, column: i + 1,
                    message: "field \(i + 1) is longer than \(IngestLimits.describe(bytes: maxFieldBytes))")
            }
        }
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
