extension XLSXReader {
    /// Reads up to the next row that has a value into `cells` and `rowNumber`; false at the end.
    mutating func readRow() throws -> Bool {
        do {
            while !finished {
                switch try xml.next() {
                case .endOfDocument:
                    finished = true
                case .end where xml.isNamed(Self.sheetData):
                    finished = true
                case .start where xml.isNamed(Self.row):
                    if try readCells() { return true }
                default:
                    continue
                }
            }
            return false
        } catch let error as XMLError {
            throw XLSXError(error, part: context.part, in: xml, path: context.path)
        }
    }

    /// Reads the cells of the row just started; true when one of them has a value.
    private mutating func readCells() throws -> Bool {
        if let r = xml.attributeRange(Self.r) {
            guard let n = Self.integer(xml.bytes[r]).map({ Int($0) }), n > 0, n <= CellReference.maxRow else {
                throw malformed("a row has the invalid number \"\(String(decoding: xml.bytes[r], as: UTF8.self))\"")
            }
            rowNumber = n
        } else {
            rowNumber += 1
        }
        cells.removeAll(keepingCapacity: true)
        var any = false
        var column = 0
        let rowDepth = xml.depth
        while xml.depth >= rowDepth {
            switch try xml.next() {
            case .start where xml.depth == rowDepth + 1 && xml.isNamed(Self.c):
                column = try cellColumn(after: column)
                let field = try readCell(column: column)
                if field != .missing {
                    if cells.count < column {
                        cells.append(contentsOf: repeatElement(.missing, count: column - cells.count))
                    }
                    cells[column - 1] = field
                    any = true
                }
            case .start:
                try xml.skipElement()
            case .endOfDocument:
                return any
            default:
                continue
            }
        }
        return any
    }

    private func cellColumn(after previous: Int) throws -> Int {
        guard let r = xml.attributeRange(Self.r) else {
            guard previous < CellReference.maxColumn else { throw malformed("a row has too many cells") }
            return previous + 1
        }
        guard let reference = CellReference(xml.bytes[r]) else {
            throw malformed("a cell has the invalid reference \"\(String(decoding: xml.bytes[r], as: UTF8.self))\"")
        }
        return reference.column
    }

    func malformed(_ message: String, column: Int? = nil) -> XLSXError {
        XLSXError(.malformed, path: context.path, row: rowNumber, column: column, "\(context.part): \(message)")
    }

    static let sheetData = Array("sheetData".utf8)
    static let row = Array("row".utf8)
    static let c = Array("c".utf8)
    static let r = Array("r".utf8)
    static let t = Array("t".utf8)
    static let s = Array("s".utf8)
    static let v = Array("v".utf8)
    static let `is` = Array("is".utf8)
}
