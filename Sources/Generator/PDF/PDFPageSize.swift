/// The paper of PDFs in portrait: `a4` (595×842 pt, the default), `letter` (612×792 pt) or
/// `legal` (612×1008 pt). `aiser build --pdf` reads it from `options.pdf_page_size` in
/// aiser.yml; dashboard exports from `page_size`.
public enum PDFPageSize: String, Sendable, Equatable, CaseIterable {
    case a4
    case letter
    case legal

    public var width: Double { self == .a4 ? 595 : 612 }
    public var height: Double {
        switch self {
        case .a4: 842
        case .letter: 792
        case .legal: 1008
        }
    }
}
