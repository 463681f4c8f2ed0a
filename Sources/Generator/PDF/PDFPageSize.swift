/// The paper of `aiser build --pdf`: `a4` (595×842 pt, the default) or `letter` (612×792 pt),
/// set with `options.pdf_page_size` in aiser.yml.
public enum PDFPageSize: String, Sendable, Equatable, CaseIterable {
    case a4
    case letter

    public var width: Double { self == .a4 ? 595 : 612 }
    public var height: Double { self == .a4 ? 842 : 792 }
}
