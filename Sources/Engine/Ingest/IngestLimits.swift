/// Caps on the shape of a data file, the same for CSV, TSV, JSON and XLSX, so one hostile line
/// cannot cost gigabytes (issue 17: a 60 MiB header line was one 60 MiB column name). A file
/// over a cap is refused with `path:line:column`. Memory while loading stays within a few times
/// `maxRecordBytes` plus SQLite's page cache, whatever the file's size.
public struct IngestLimits: Sendable, Equatable {
    /// Most bytes one CSV/TSV record (a line, or several when a quoted field spans lines) may have.
    var maxRecordBytes: Int
    /// Most bytes one field (cell, JSON string) may have.
    var maxFieldBytes: Int
    /// Most columns (header names, fields of one record).
    var maxColumns: Int
    /// Most bytes one column name may have.
    var maxColumnNameBytes: Int

    /// Defaults: 16 MiB records, 1 MiB fields, 2,000 columns (SQLite's own column limit),
    /// 1,024-byte column names.
    public init(
        maxRecordBytes: Int = 16 << 20, maxFieldBytes: Int = 1 << 20, maxColumns: Int = 2000,
        maxColumnNameBytes: Int = 1024
    ) {
        self.maxRecordBytes = maxRecordBytes
        self.maxFieldBytes = maxFieldBytes
        self.maxColumns = maxColumns
        self.maxColumnNameBytes = maxColumnNameBytes
    }
}

extension IngestLimits {
    /// `16 MiB`, `1 KiB`, `300 bytes`: a byte count as the error messages say it.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
