import CSQLite

let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement. Bind values, then step through rows.
public final class Statement {
    let handle: OpaquePointer
    unowned let connection: Connection
    /// The UTF-8 byte offset in the SQL text where the first statement ends (SQLite's tail): any
    /// text from here on was not compiled.
    let tailOffset: Int

    init(connection: Connection, sql: String) throws {
        var stmt: OpaquePointer?
        var consumed = 0
        let rc = sql.withCString { base in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(connection.handle, base, -1, 0, &stmt, &tail)
            if let tail { consumed = base.distance(to: tail) }
            return rc
        }
        guard rc == SQLITE_OK, let stmt else {
            let offset = Int(sqlite3_error_offset(connection.handle))
            let kind: StoreError.Kind = rc == SQLITE_AUTH ? .readOnly : .prepare
            throw StoreError(kind, connection.lastMessage, code: rc, offset: offset >= 0 ? offset : nil)
        }
        self.handle = stmt
        self.connection = connection
        self.tailOffset = consumed
    }

    deinit { sqlite3_finalize(handle) }

    /// The number of `?`/`:name` parameters.
    var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// The name of the 1-based parameter `index` (`:region`), if it is named.
    func parameterName(_ index: Int) -> String? {
        sqlite3_bind_parameter_name(handle, Int32(index)).map { String(cString: $0) }
    }

    /// Whether the statement only reads (SQLite's own judgement).
    var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Binds values to parameters 1…n in order.
    public func bind(_ values: [SQLValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (i, v) in values.enumerated() { try bind(v, at: i + 1) }
    }

    /// Binds one value to the 1-based parameter `index`.
    func bind(_ value: SQLValue, at index: Int) throws {
        let i = Int32(index)
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, i)
        case .integer(let v): rc = sqlite3_bind_int64(handle, i, v)
        case .real(let v): rc = sqlite3_bind_double(handle, i, v)
        case .text(let s): rc = sqlite3_bind_text(handle, i, s, -1, SQLITE_TRANSIENT)
        case .blob(let b):
            rc = b.withUnsafeBytes { sqlite3_bind_blob(handle, i, $0.baseAddress, Int32(b.count), SQLITE_TRANSIENT) }
        }
        if rc != SQLITE_OK { throw StoreError(.bind, connection.lastMessage, code: rc) }
    }

    /// Binds text given as raw UTF-8 bytes without building a `String` (the ingest hot path).
    func bindText(_ bytes: UnsafeRawBufferPointer, at index: Int) throws {
        let rc = sqlite3_bind_text(
            handle, Int32(index), bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
            SQLITE_TRANSIENT)
        if rc != SQLITE_OK { throw StoreError(.bind, connection.lastMessage, code: rc) }
    }

    /// Resets the statement so it can run again; bindings are kept until rebound.
    func reset() { sqlite3_reset(handle) }

    /// Advances to the next row; `false` when done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let message = connection.lastMessage
            sqlite3_reset(handle)
            let kind: StoreError.Kind =
                rc == SQLITE_INTERRUPT
                ? .interrupted : (rc == SQLITE_AUTH || rc & 0xff == SQLITE_READONLY ? .readOnly : .step)
            throw StoreError(kind, message, code: rc)
        }
    }

    /// The number of result columns.
    var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The name of result column `index` (0-based).
    func columnName(_ index: Int) -> String {
        sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? "column\(index + 1)"
    }

    /// The declared type of result column `index` when it comes straight from a table column.
    func declaredType(_ index: Int) -> String? {
        sqlite3_column_decltype(handle, Int32(index)).map { String(cString: $0) }
    }

    /// The value of column `index` in the current row.
    func value(at index: Int) -> SQLValue {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_TEXT:
            guard let p = sqlite3_column_text(handle, i) else { return .text("") }
            let n = Int(sqlite3_column_bytes(handle, i))
            return .text(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
        case SQLITE_BLOB:
            let n = Int(sqlite3_column_bytes(handle, i))
            guard n > 0, let p = sqlite3_column_blob(handle, i) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: p, count: n)))
        default: return .null
        }
    }

    /// The current row.
    func row() -> [SQLValue] { (0..<columnCount).map { value(at: $0) } }

    /// Steps through every remaining row and collects them, at most `maxRows` (then `truncated`).
    func collect(maxRows: Int? = nil) throws -> QueryResult {
        var rows: [[SQLValue]] = []
        var truncated = false
        while try step() {
            if let maxRows, rows.count >= maxRows {
                truncated = true
                break
            }
            rows.append(row())
        }
        sqlite3_reset(handle)
        let columns = (0..<columnCount).map { i in
            QueryResult.Column(
                name: columnName(i),
                type: declaredType(i).map(ColumnType.init(declaredType:)) ?? Self.inferType(rows, i))
        }
        return QueryResult(columns: columns, rows: rows, truncated: truncated)
    }

    /// The type of an expression column, judged from the values it returned.
    static func inferType(_ rows: [[SQLValue]], _ i: Int) -> ColumnType {
        var sawReal = false, sawInt = false
        for row in rows {
            switch row[i] {
            case .integer: sawInt = true
            case .real: sawReal = true
            case .text, .blob: return .string
            case .null: continue
            }
        }
        if sawReal { return .decimal }
        return sawInt ? .integer : .string
    }
}
