import CSQLite

extension Connection {
    /// The heap memory SQLite holds for this connection, in bytes: its page caches (TEMP
    /// tables included), schemas and prepared statements.
    public var memoryUsed: Int {
        var total = 0
        for op in [SQLITE_DBSTATUS_CACHE_USED, SQLITE_DBSTATUS_SCHEMA_USED, SQLITE_DBSTATUS_STMT_USED] {
            var current: Int32 = 0
            var highest: Int32 = 0
            if sqlite3_db_status(handle, op, &current, &highest, 0) == SQLITE_OK { total += Int(current) }
        }
        return total
    }
}
