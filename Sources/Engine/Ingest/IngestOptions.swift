/// How to load a file.
public struct IngestOptions: Sendable {
    /// The format; `nil` (the default) detects it from the extension and the content.
    var format: FileFormat?
    /// The sheet of a workbook to load; `nil` (the default) loads the first sheet.
    var sheet: String?
    /// Caps on record, field, column-count and column-name sizes.
    var limits: IngestLimits

    public init(format: FileFormat? = nil, sheet: String? = nil, limits: IngestLimits = IngestLimits()) {
        self.format = format
        self.sheet = sheet
        self.limits = limits
    }
}
