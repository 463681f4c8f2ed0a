import Foundation

/// One sheet of an Excel workbook (.xlsx) as a source of records.
///
/// ```swift
/// let source = try XLSXSource(url: URL(fileURLWithPath: "sales.xlsx"), sheet: "2024")
/// var reader = try source.open()
/// while let record = try reader.next() { … }
/// ```
/// The header is the first row with any value; entirely empty rows are skipped (`line` still
/// reports the real sheet row). Columns start at the header row's first non-empty cell.
/// The zip and XML are read defensively (see `Limits` and `XLSXError`).
struct XLSXSource: RecordSource {
    /// The workbook file.
    let url: URL
    /// The name of the sheet this source reads.
    let sheet: String
    /// The names of all sheets in the workbook, in tab order.
    let sheetNames: [String]
    /// The caps applied to the archive.
    let limits: Limits
    let sheetPart: String
    let uses1904: Bool
    let sharedStringsPart: String?
    let stylesPart: String?

    /// Opens the workbook's directory and checks that the sheet exists (the first sheet when
    /// `sheet` is nil). An unknown sheet name is an error that lists the sheet names.
    init(url: URL, sheet: String? = nil, limits: Limits = Limits()) throws {
        let archive = try XLSXArchive(url: url, limits: limits)
        let workbook = try Workbook(in: archive)
        let chosen = try workbook.sheet(named: sheet, path: url.path)
        guard archive.contains(chosen.part) else {
            throw XLSXError(
                .missingPart, path: url.path, "the workbook has no \(chosen.part) part for the sheet \"\(chosen.name)\""
            )
        }
        self.url = url
        self.sheet = chosen.name
        self.sheetNames = workbook.sheets.map(\.name)
        self.limits = limits
        sheetPart = chosen.part
        uses1904 = workbook.uses1904
        sharedStringsPart = workbook.sharedStringsPart
        stylesPart = workbook.stylesPart
    }

    /// A fresh reader over the sheet. Memory holds the inflated sheet XML and the parsed
    /// shared-strings table (plus the small styles table), never more per row read.
    public func open() throws -> any RecordReader {
        let archive = try XLSXArchive(url: url, limits: limits)
        let strings = try sharedStringsPart.map { try SharedStrings(part: $0, in: archive) } ?? SharedStrings()
        let styles = try stylesPart.map { try CellStyles(part: $0, in: archive) } ?? CellStyles()
        let sheetBytes = try archive.required(sheetPart)
        let context = XLSXReader.Context(
            path: url.path, part: sheetPart, strings: strings.items, styles: styles, uses1904: uses1904)
        return try XLSXReader(sheet: sheetBytes, context: context)
    }
}
