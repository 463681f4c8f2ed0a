import CSQLite
import Foundation

/// Runs user-written SQL (dashboards-as-code blocks, `aiser query`) safely: read-only (enforced
/// by SQLite's authorizer, not by keyword matching), under a time limit and a row cap, with
/// errors located at a line and column of the SQL text.
public struct ReadOnlySQL: Sendable {
    /// Limits for one statement.
    public struct Limits: Sendable {
        /// Wall-clock time before the statement is interrupted.
        public var timeout: Duration
        /// Rows returned at most; the result says when it was cut (`truncated`).
        public var maxRows: Int

        public init(timeout: Duration = .seconds(30), maxRows: Int = 1_000_000) {
            self.timeout = timeout
            self.maxRows = maxRows
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Runs the one statement of `sql` (a second statement, or `REINDEX`/`VACUUM`/`ANALYZE`, is
    /// refused) on `db` with named (`:name`, `$name`, `@name`) or positional
    /// (`?`) parameters bound from `parameters` / `positional`.
    public func run(
        _ sql: String, on db: Connection, parameters: [String: SQLValue] = [:], positional: [SQLValue] = []
    ) throws -> QueryResult {
        let guardrail = Guardrail(deadline: ContinuousClock.now + limits.timeout)
        let context = Unmanaged.passRetained(guardrail)
        defer {
            sqlite3_set_authorizer(db.handle, nil, nil)
            sqlite3_progress_handler(db.handle, 0, nil, nil)
            context.release()
        }
        sqlite3_set_authorizer(db.handle, authorize, context.toOpaque())
        sqlite3_progress_handler(db.handle, 4_000, progress, context.toOpaque())

        try Self.refuseMaintenance(sql)
        let statement: Statement
        do {
            statement = try db.prepare(sql)
        } catch let e as StoreError {
            throw locate(e, in: sql, denied: guardrail.denied)
        }
        try Self.requireSingleStatement(sql, tail: statement.tailOffset)
        if !statement.isReadOnly {
            throw QueryError("only read-only statements (SELECT, WITH) are allowed")
        }
        var index = 0
        for i in 1...max(statement.parameterCount, 1) where i <= statement.parameterCount {
            if let name = statement.parameterName(i), name.first != "?" {
                let key = String(name.dropFirst())
                guard let value = parameters[key] else {
                    throw QueryError("no value for parameter \(name)")
                }
                try statement.bind(value, at: i)
            } else {
                guard index < positional.count else { throw QueryError("no value for parameter \(i)") }
                try statement.bind(positional[index], at: i)
                index += 1
            }
        }
        do {
            return try statement.collect(maxRows: limits.maxRows)
        } catch let e as StoreError where e.kind == .interrupted {
            throw QueryError("query exceeded the time limit of \(limits.timeout)")
        } catch let e as StoreError {
            throw locate(e, in: sql, denied: guardrail.denied)
        }
    }

    private func locate(_ e: StoreError, in sql: String, denied: String?) -> QueryError {
        let message = denied.map { "not allowed in a read-only query: \($0)" } ?? e.message
        guard let offset = e.offset ?? Self.offsetOfName(in: e.message, sql: sql) else { return QueryError(message) }
        let (line, column) = Self.position(ofByte: offset, in: sql)
        return QueryError(message, line: line, column: column)
    }

    /// Where SQLite gives no offset ("no such table: x"), the byte offset of the first `x` in the SQL.
    static func offsetOfName(in message: String, sql: String) -> Int? {
        guard let colon = message.range(of: ": ", options: .backwards), message.hasPrefix("no such") else { return nil }
        let name = String(message[colon.upperBound...])
        guard !name.isEmpty, let r = sql.range(of: name, options: .caseInsensitive) else { return nil }
        return sql.utf8.distance(from: sql.startIndex, to: r.lowerBound)
    }

    /// 1-based line and column (in characters) of a UTF-8 byte offset.
    static func position(ofByte offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1, bytes = 0
        for ch in text {
            if bytes >= offset { break }
            bytes += ch.utf8.count
            if ch == "\n" || ch == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}

/// Per-run state shared with the C callbacks.
private final class Guardrail {
    let deadline: ContinuousClock.Instant
    var denied: String?
    init(deadline: ContinuousClock.Instant) { self.deadline = deadline }
}

private let progress: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { ctx in
    guard let ctx else { return 0 }
    let g = Unmanaged<Guardrail>.fromOpaque(ctx).takeUnretainedValue()
    return ContinuousClock.now > g.deadline ? 1 : 0
}

private let authorize:
    @convention(c) (
        UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
        UnsafePointer<CChar>?
    ) -> Int32 = { ctx, action, a, _, _, _ in
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_PRAGMA:
            // Only side-effect-free table introspection.
            let name = a.map { String(cString: $0).lowercased() } ?? ""
            if ["table_info", "table_xinfo", "table_list", "index_list"].contains(name) { return SQLITE_OK }
            fallthrough
        default:
            if let ctx {
                let g = Unmanaged<Guardrail>.fromOpaque(ctx).takeUnretainedValue()
                if g.denied == nil { g.denied = ReadOnlySQL.actionName(action) }
            }
            return SQLITE_DENY
        }
    }

extension ReadOnlySQL {
    static func actionName(_ action: Int32) -> String {
        switch action {
        case SQLITE_INSERT: return "INSERT"
        case SQLITE_UPDATE: return "UPDATE"
        case SQLITE_DELETE: return "DELETE"
        case SQLITE_ATTACH: return "ATTACH"
        case SQLITE_DETACH: return "DETACH"
        case SQLITE_PRAGMA: return "PRAGMA"
        case SQLITE_TRANSACTION: return "transactions"
        case SQLITE_CREATE_TABLE, SQLITE_CREATE_TEMP_TABLE, SQLITE_CREATE_VIEW, SQLITE_CREATE_TEMP_VIEW,
            SQLITE_CREATE_INDEX, SQLITE_CREATE_TRIGGER:
            return "CREATE"
        case SQLITE_DROP_TABLE, SQLITE_DROP_VIEW, SQLITE_DROP_INDEX, SQLITE_DROP_TEMP_TABLE: return "DROP"
        case SQLITE_ALTER_TABLE: return "ALTER TABLE"
        case SQLITE_REINDEX: return "REINDEX"
        case SQLITE_ANALYZE: return "ANALYZE"
        default: return "this statement"
        }
    }
}
