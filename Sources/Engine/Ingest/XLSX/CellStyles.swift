/// The date kind of every cell style (`cellXfs` in `xl/styles.xml`), indexed by a cell's `s`.
struct CellStyles {
    private(set) var formats: [CellDateKind] = []

    init() {}

    init(part: String, in archive: XLSXArchive) throws {
        let bytes = try archive.required(part)
        var custom: [Int: CellDateKind] = [:]
        var inCellXfs = false
        try archive.parse(part, bytes) { xml in
            while true {
                switch try xml.next() {
                case .endOfDocument: return
                case .start where xml.isNamed(Array("numFmt".utf8)):
                    if let id = try xml.attribute(Array("numFmtId".utf8)).flatMap({ Int($0) }),
                        let code = try xml.attribute(Array("formatCode".utf8))
                    {
                        custom[id] = CellDateKind(code: code)
                    }
                case .start where xml.isNamed(Array("cellXfs".utf8)):
                    inCellXfs = true
                case .end where xml.isNamed(Array("cellXfs".utf8)):
                    inCellXfs = false
                case .start where inCellXfs && xml.isNamed(Array("xf".utf8)):
                    let id = try xml.attribute(Array("numFmtId".utf8)).flatMap { Int($0) } ?? 0
                    formats.append(custom[id] ?? CellDateKind(builtIn: id))
                default: continue
                }
            }
        }
    }

    /// The format of style index `index`; plain for an unknown index.
    func format(_ index: Int) -> CellDateKind {
        index >= 0 && index < formats.count ? formats[index] : .plain
    }
}
