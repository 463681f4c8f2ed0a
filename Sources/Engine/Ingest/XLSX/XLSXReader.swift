/// Reads the rows of one worksheet part as records, pulling XML tokens row by row.
///
/// Memory: the inflated sheet XML, the shared strings and one row; nothing grows with the
/// number of rows already read.
struct XLSXReader: RecordReader {
    struct Context {
        let path: String
        let part: String
        let strings: [String]
        let styles: CellStyles
        let uses1904: Bool
    }

    let context: Context
    var xml: XMLTokenizer
    var header: [String] = []
    var line = 0
    /// 1-based column of the header's first cell; cells left of it are not read.
    var origin = 1
    /// The current row's fields, indexed by column - 1.
    var cells: [Field] = []
    var rowNumber = 0
    var finished = false
    var valueBuffer: [UInt8] = []
    var stringBuffer: [UInt8] = []

    init(sheet: [UInt8], context: Context) throws {
        self.context = context
        xml = XMLTokenizer(bytes: sheet)
        guard try readRow() else { return }
        let first = cells.firstIndex { $0 != .missing } ?? 0
        let last = cells.lastIndex { $0 != .missing } ?? -1
        origin = first + 1
        header = cells[first...last].map(Self.headerName)
        line = rowNumber
    }

    mutating func next() throws -> [Field]? {
        guard try readRow() else { return nil }
        line = rowNumber
        let start = origin - 1
        var record = start < cells.count ? Array(cells[start...]) : []
        if record.count < header.count {
            record.append(contentsOf: repeatElement(.missing, count: header.count - record.count))
        }
        return record
    }

    private static func headerName(_ field: Field) -> String {
        switch field {
        case .missing: return ""
        case .text(let s), .date(let s), .datetime(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        }
    }
}
