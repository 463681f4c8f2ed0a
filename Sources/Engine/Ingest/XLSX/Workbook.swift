/// The workbook-level facts a sheet reader needs: sheet names and parts, the date system, and
/// where the shared strings and styles live.
struct Workbook {
    struct Sheet {
        let name: String
        let part: String
    }

    let sheets: [Sheet]
    /// Whether dates count from 1904-01-01 (`<workbookPr date1904="1"/>`) rather than 1900.
    let uses1904: Bool
    let sharedStringsPart: String?
    let stylesPart: String?

    init(in archive: XLSXArchive) throws {
        let root = try Relationships(of: "", in: archive)
        let workbookPart = root.first(ofType: "officeDocument")?.target ?? "xl/workbook.xml"
        let bytes = try archive.required(workbookPart)
        let relationships = try Relationships(of: workbookPart, in: archive)
        var sheets: [Sheet] = []
        var uses1904 = false
        try archive.parse(workbookPart, bytes) { xml in
            while true {
                switch try xml.next() {
                case .endOfDocument: return
                case .start where xml.isNamed(Array("workbookPr".utf8)):
                    let value = try xml.attribute(Array("date1904".utf8)) ?? "0"
                    uses1904 = value == "1" || value == "true"
                case .start where xml.isNamed(Array("sheet".utf8)):
                    let name = try xml.attribute(Array("name".utf8)) ?? "Sheet\(sheets.count + 1)"
                    guard let id = try xml.attribute(Array("id".utf8)), let target = relationships.byID[id]
                    else {
                        throw XLSXError(
                            .missingPart, path: archive.path, "the sheet \"\(name)\" has no part in the workbook")
                    }
                    sheets.append(Sheet(name: name, part: target.target))
                default: continue
                }
            }
        }
        guard !sheets.isEmpty else {
            throw XLSXError(.missingPart, path: archive.path, "the workbook has no sheets")
        }
        self.sheets = sheets
        self.uses1904 = uses1904
        let shared = relationships.first(ofType: "sharedStrings")?.target ?? "xl/sharedStrings.xml"
        sharedStringsPart = archive.contains(shared) ? shared : nil
        let styles = relationships.first(ofType: "styles")?.target ?? "xl/styles.xml"
        stylesPart = archive.contains(styles) ? styles : nil
    }

    /// The sheet with this name, or the first sheet when `name` is nil.
    func sheet(named name: String?, path: String) throws -> Sheet {
        guard let name else { return sheets[0] }
        if let sheet = sheets.first(where: { $0.name == name }) { return sheet }
        // Excel treats sheet names case-insensitively; accept that when it is unambiguous.
        let folded = sheets.filter { $0.name.lowercased() == name.lowercased() }
        if folded.count == 1 { return folded[0] }
        let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        throw XLSXError(
            .unknownSheet, path: path, "the workbook has no sheet named \"\(name)\"; its sheets are \(names)")
    }
}
