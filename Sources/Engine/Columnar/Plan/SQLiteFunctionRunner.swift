/// Computes deterministic SQLite functions with SQLite itself: a private in-memory connection
/// (opened on first use, one per query plan, never shared across threads) and one prepared
/// `SELECT fn(?, …)` per function and arity. Also remembers computed dictionary calls, as a
/// query binds the same expression several times (GROUP BY key, select list, ORDER BY).
final class SQLiteFunctionRunner {
    private var connection: Connection?
    private var statements: [String: Statement] = [:]
    private var calls: [DictionaryCall: DictionaryCall] = [:]

    /// `name(arguments…)` as SQLite computes it; SQLite's errors mean "let SQLite run the query".
    func call(_ name: String, _ arguments: [SQLValue]) throws -> SQLValue {
        guard SQLiteFunction.isDeterministic(name, arguments) else {
            throw ColumnarError.unsupported("\(name)() with 'now'")
        }
        // Text is bound up to its first NUL; SQLite's own run would see the whole value.
        for case .text(let s) in arguments where s.utf8.contains(0) {
            throw ColumnarError.unsupported("\(name)() over text with a NUL character")
        }
        do {
            let statement = try self.statement(name, arity: arguments.count)
            try statement.bind(arguments)
            defer { statement.reset() }
            guard try statement.step() else { return .null }
            return statement.value(at: 0)
        } catch let error as ColumnarError {
            throw error
        } catch {
            throw ColumnarError.unsupported("\(name)() as SQLite computes it: \(error)")
        }
    }

    /// The computed call equal to `call` if one was computed before, else `compute()`'s.
    func dictionaryCall(_ call: DictionaryCall, _ compute: () throws -> DictionaryCall) rethrows -> DictionaryCall {
        if let known = calls[call] { return known }
        let computed = try compute()
        calls[computed] = computed
        return computed
    }

    private func statement(_ name: String, arity: Int) throws -> Statement {
        let key = "\(name)/\(arity)"
        if let s = statements[key] { return s }
        let db = try connection ?? Connection.inMemory()
        connection = db
        let placeholders = Array(repeating: "?", count: arity).joined(separator: ", ")
        let s = try db.prepare("SELECT \(name)(\(placeholders))")
        statements[key] = s
        return s
    }
}
