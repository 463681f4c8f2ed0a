/// Creates one table from a `RowCursor` in two streaming passes: infer, then insert.
import Foundation

struct TableLoader {
    let path: String
    let db: Connection
    let table: String
    var limits = IngestLimits()

    /// What the first pass learned.
    struct Survey {
        var names: [String]
        var plans: [ColumnPlan]
        var report: LoadReport
    }

    /// Loads the rows of the cursors `open` makes (called twice, once per pass).
    func load<C: RowCursor>(delimiter: UInt8 = UInt8(ascii: ","), _ open: () throws -> C) throws -> LoadReport {
        let survey = try self.survey(try open(), delimiter: delimiter)
        try insert(survey, from: try open())
        return survey.report
    }

    /// Pass 1: header names, column types, ragged rows.
    private func survey<C: RowCursor>(_ cursor: C, delimiter: UInt8) throws -> Survey {
        var cursor = cursor
        guard !cursor.header.isEmpty else {
            throw IngestError(path: path, line: 1, message: "the file is empty; a header row is needed")
        }
        try checkHeader(cursor.header)
        let (names, warnings) = HeaderNames.normalise(cursor.header)
        let width = names.count
        // A raw buffer, not an array: no uniqueness checks or retains in the per-field loop.
        let observed = UnsafeMutablePointer<ColumnInference>.allocate(capacity: width)
        observed.initialize(repeating: ColumnInference(), count: width)
        defer { observed.deallocate() }
        var rows = 0, raggedRows = 0
        var raggedLines: [Int] = []
        while try cursor.advance() {
            rows += 1
            let count = cursor.fieldCount
            if count > limits.maxColumns {
                throw IngestError(
                    path: path, line: cursor.line, column: limits.maxColumns + 1,
                    message: "a record has more than \(limits.maxColumns) fields")
            }
            if count != width {
                raggedRows += 1
                if raggedLines.count < 20 { raggedLines.append(cursor.line) }
                if count < width { for i in count..<width { observed[i].observeAbsent() } }
            }
            for i in 0..<min(count, width) { cursor.observe(i, into: &observed[i]) }
        }
        let inference = Array(UnsafeBufferPointer(start: observed, count: width))
        let plans = inference.map { $0.plan(delimiter: delimiter) }
        let columns = (0..<width).map {
            LoadedColumn(name: names[$0], type: plans[$0].type, nullable: inference[$0].isNullable(as: plans[$0]))
        }
        var allWarnings = warnings
        if raggedRows > 0 {
            allWarnings.append(
                "\(raggedRows) row(s) do not have \(width) fields like the header (first at line \(raggedLines[0])); "
                    + "short rows were padded with NULL and extra fields were dropped")
        }
        let report = LoadReport(
            table: table, rows: rows, columns: columns, raggedRows: raggedRows, raggedLines: raggedLines,
            warnings: allWarnings)
        return Survey(names: names, plans: plans, report: report)
    }

    /// Pass 2: `CREATE TABLE` and every row, in one transaction.
    private func insert<C: RowCursor>(_ survey: Survey, from cursor: C) throws {
        var cursor = cursor
        let plans = survey.plans, width = plans.count
        let quoted = Identifier.quote(table)
        if try db.tableNames().contains(where: { $0.caseInsensitiveCompare(table) == .orderedSame }) {
            throw IngestError(path: path, message: "the table \(quoted) already exists")
        }
        let definitions = zip(survey.names, plans).map { "\(Identifier.quote($0)) \($1.type.declaredType)" }
        let placeholders = Array(repeating: "?", count: width).joined(separator: ",")
        do {
            try db.transaction {
                try db.execute("CREATE TABLE \(quoted) (\(definitions.joined(separator: ", ")))")
                let inserter = RowInserter(
                    statement: try db.prepare("INSERT INTO \(quoted) VALUES (\(placeholders))"),
                    encoding: (cursor as? ByteRowCursor)?.encoding ?? .utf8)
                let rows = try insertRows(from: &cursor, into: inserter, survey: survey)
                guard rows == survey.report.rows else {
                    throw IngestError(path: path, message: "the file changed while it was being loaded")
                }
            }
        } catch let error as StoreError {
            throw IngestError(path: path, message: "cannot store the data in table \(quoted): \(error.message)")
        }
    }

    /// Binds and inserts every record of `cursor`; returns how many there were.
    private func insertRows<C: RowCursor>(from cursor: inout C, into inserter: RowInserter, survey: Survey) throws
        -> Int
    {
        let plans = survey.plans, width = plans.count
        var rows = 0
        while try cursor.advance() {
            rows += 1
            let count = min(cursor.fieldCount, width)
            for i in 0..<count where !cursor.bind(i, as: plans[i], into: inserter) {
                throw IngestError(
                    path: path, line: cursor.line,
                    message: "field \(i + 1) (\(survey.names[i])) is not a valid \(plans[i].type.rawValue) "
                        + "although the first pass read it as one; did the file change during the load?")
            }
            for i in count..<width { inserter.bindNull(at: Int32(i + 1)) }
            try inserter.insert()
        }
        return rows
    }
}
