/// Where a prose block sits in lists and block quotes: its left indent, the x offsets (from the
/// content's left edge) of the block-quote rules drawn beside it, and the list marker drawn
/// before its first line.
struct PDFNesting: Sendable, Equatable {
    var left = 0.0
    var rules: [Double] = []
    /// `•`, `1.`, `☐` … on the first line of a list item's first block.
    var marker: String?
    /// Inside a tight list: less space after the block.
    var tight = false
    /// How many lists this block is in.
    var depth = 0

    static let top = PDFNesting()
    /// The indent of one list level, and of one block quote.
    static let listStep = 16.0, quoteStep = 12.0

    func list(marker: String, tight: Bool) -> PDFNesting {
        PDFNesting(left: left + Self.listStep, rules: rules, marker: marker, tight: tight, depth: depth + 1)
    }

    func quote() -> PDFNesting {
        PDFNesting(left: left + Self.quoteStep, rules: rules + [left + 3], marker: nil, tight: false, depth: depth)
    }

    /// The same place without the marker (the blocks after an item's first).
    var continued: PDFNesting {
        var n = self
        n.marker = nil
        return n
    }
}
