/// A piece of prose text in one inline style, for the PDF: a Markdown text run inside its
/// `**strong**`, `*emph*`, `` `code` ``, `~~strikethrough~~` and `[link](…)` spans.
struct PDFRun: Sendable, Equatable {
    var text: String
    var bold = false
    var italic = false
    var code = false
    var strike = false
    /// The link target: the text is drawn in the link colour, underlined, and is a clickable
    /// PDF link when `linkAnnotation` allows the URL.
    var link: String?

    /// A forced line break (a Markdown hard break) between runs.
    static let lineBreak = PDFRun(text: "\n")

    /// The same style with other text.
    func with(_ text: String) -> PDFRun {
        var run = self
        run.text = text
        return run
    }

    /// Whether two runs look the same (everything but the text).
    func sameStyle(as other: PDFRun) -> Bool { with("") == other.with("") }

    /// The link as a PDF link annotation: only absolute `http`, `https` and `mailto` URLs
    /// (relative links and other schemes are drawn as link text only).
    var linkAnnotation: String? {
        guard let link else { return nil }
        let lower = link.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") else {
            return nil
        }
        return link
    }
}
