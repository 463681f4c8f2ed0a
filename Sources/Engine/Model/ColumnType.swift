/// The logical type of a column, as inferred on ingest and reported by the profile.
/// The raw values are the API's type names.
public enum ColumnType: String, Sendable, Codable, CaseIterable {
    case integer, decimal, boolean, date, datetime, string

    /// The declared type written into `CREATE TABLE`; it gives SQLite the right affinity and
    /// lets the logical type be read back from the file (`PRAGMA table_info`).
    public var declaredType: String {
        switch self {
        case .integer: return "INTEGER"
        case .decimal: return "REAL"
        case .boolean: return "BOOLEAN"
        case .date: return "DATE"
        case .datetime: return "DATETIME"
        case .string: return "TEXT"
        }
    }

    /// The logical type for a declared SQLite column type (also for files Aiser did not write).
    init(declaredType: String) {
        let t = declaredType.uppercased()
        if t == "BOOLEAN" || t == "BOOL" {
            self = .boolean
        } else if t == "DATE" {
            self = .date
        } else if t.hasPrefix("DATETIME") || t.hasPrefix("TIMESTAMP") {
            self = .datetime
        } else if t.contains("INT") {
            self = .integer
        } else if t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") || t.contains("DEC")
            || t.contains("NUMERIC")
        {
            self = .decimal
        } else {
            self = .string
        }
    }

    /// Whether values of this type are numbers.
    public var isNumeric: Bool { self == .integer || self == .decimal }
    /// Whether values of this type are points in time.
    var isTemporal: Bool { self == .date || self == .datetime }
}
