import CCmarkGFM
import Foundation

extension PDFMarkdown {
    /// The inline content of `node` as styled runs: soft breaks become spaces, hard breaks
    /// line breaks; images give their alt text (in italics); raw inline HTML is text unless
    /// the project allows HTML.
    func runs(_ node: OpaquePointer) -> [PDFRun] {
        var out: [PDFRun] = []
        inline(children: node, PDFRun(text: ""), into: &out)
        return out
    }

    private func inline(children node: OpaquePointer, _ style: PDFRun, into out: inout [PDFRun]) {
        var child = cmark_node_first_child(node)
        while let c = child {
            inline(c, style, into: &out)
            child = cmark_node_next(c)
        }
    }

    private func inline(_ node: OpaquePointer, _ style: PDFRun, into out: inout [PDFRun]) {
        var style = style
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            out.append(style.with(fill(Self.literal(node)).replacingOccurrences(of: "\t", with: " ")))
        case CMARK_NODE_SOFTBREAK:
            out.append(style.with(" "))
        case CMARK_NODE_LINEBREAK:
            out.append(.lineBreak)
        case CMARK_NODE_CODE:
            style.code = true
            out.append(style.with(fill(Self.literal(node))))
        case CMARK_NODE_HTML_INLINE:
            if !allowHTML { out.append(style.with(Self.literal(node))) }
        case CMARK_NODE_EMPH:
            style.italic = true
            inline(children: node, style, into: &out)
        case CMARK_NODE_STRONG:
            style.bold = true
            inline(children: node, style, into: &out)
        case CMARK_NODE_LINK:
            style.link = fill(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
            inline(children: node, style, into: &out)
        case CMARK_NODE_IMAGE:
            style.italic = true
            inline(children: node, style, into: &out)
        default:
            if Self.kind(node) == "strikethrough" { style.strike = true }
            inline(children: node, style, into: &out)
        }
    }

    /// A GFM table in prose as a PDF table: the header row, the body rows as plain text, and
    /// right-aligned columns where the Markdown aligns them right.
    func table(_ node: OpaquePointer) -> PDFTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var numeric = Array(repeating: false, count: columns)
        if let alignments = cmark_gfm_extensions_get_table_alignments(node) {
            for j in 0..<columns { numeric[j] = alignments[j] == UInt8(ascii: "r") }
        }
        var headers: [String] = []
        var rows: [[String]] = []
        var row = cmark_node_first_child(node)
        while let r = row {
            var cells: [String] = []
            var cell = cmark_node_first_child(r)
            while let c = cell {
                cells.append(runs(c).map { $0 == .lineBreak ? " " : $0.text }.joined())
                cell = cmark_node_next(c)
            }
            cells += Array(repeating: "", count: max(0, columns - cells.count))
            if cmark_gfm_extensions_get_table_row_is_header(r) != 0 { headers = cells } else { rows.append(cells) }
            row = cmark_node_next(r)
        }
        return PDFTable(title: nil, headers: headers, numeric: numeric, rows: rows, footer: nil)
    }
}
