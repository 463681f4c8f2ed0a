/// An .xlsx file that cannot be read: not a zip, a refused or malformed part, a limit exceeded,
/// an unknown sheet or a bad cell. `description` reads `path:row:column: message`, with the row
/// and column left out when unknown.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    enum Kind: Sendable, Equatable {
        /// The file is missing, unreadable, or not a zip archive.
        case notAnArchive
        /// A part the workbook needs is missing, or a zip entry is corrupt or truncated.
        case missingPart
        /// An entry count, size or inflate ratio in `XLSXSource.Limits` was exceeded.
        case limitExceeded
        /// A part contains a `<!DOCTYPE` or `<!ENTITY` declaration.
        case forbiddenDeclaration
        /// A part is not well-formed XML, or holds a value SpreadsheetML does not allow.
        case malformed
        /// The workbook has no sheet with the requested name.
        case unknownSheet
    }

    let kind: Kind
    /// The path of the .xlsx file.
    let path: String
    /// The 1-based sheet row, when the problem is in a cell.
    public let row: Int?
    /// The 1-based sheet column, when the problem is in a cell.
    public let column: Int?
    /// One sentence saying what is wrong.
    public let message: String

    init(_ kind: Kind, path: String, row: Int? = nil, column: Int? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = path
        if let row { location += ":\(row)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
