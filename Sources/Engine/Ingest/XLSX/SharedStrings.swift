/// The shared-strings table (`xl/sharedStrings.xml`): every `<si>` item in order.
struct SharedStrings {
    private(set) var items: [String] = []

    init() {}

    init(part: String, in archive: XLSXArchive) throws {
        let bytes = try archive.required(part)
        var scratch: [UInt8] = []
        try archive.parse(part, bytes) { xml in
            while true {
                switch try xml.next() {
                case .endOfDocument: return
                case .start where xml.isNamed(Self.si):
                    try xml.readStringItem(into: &scratch)
                    items.append(String(decoding: scratch, as: UTF8.self))
                default: continue
                }
            }
        }
    }

    private static let si = Array("si".utf8)
}
