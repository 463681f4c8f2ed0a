import CCmarkGFM
import Foundation

/// A page's Markdown prose as PDF items, from cmark-gfm's document tree (the parse the HTML
/// page uses): headings, paragraphs of styled runs, bullet, numbered and task lists with
/// nesting, block quotes, thematic breaks, fenced code and GFM tables. Images are replaced by
/// their alt text; raw HTML is shown as text unless the project allows HTML, when it is left
/// out (the PDF cannot draw it).
///
/// The prose carries placeholders: a paragraph that is only `blocks` token *i* becomes the
/// items of block *i*; `values` placeholders in text and link targets become their values.
struct PDFMarkdown {
    var allowHTML: Bool
    /// Each page block's PDF items, in page order.
    var blocks: [[PDFItem]] = []
    /// The prose's `{{ }}` values.
    var values: [String] = []

    func items(_ markdown: String) -> [PDFItem] {
        var used = Set<Int>()
        var items =
            Markdown.withDocument(markdown, unsafe: allowHTML) { document, _ in
                children(of: document, .top, used: &used)
            } ?? []
        // A block whose token did not stand alone in a paragraph still shows, at the end.
        for (i, block) in blocks.enumerated() where !used.contains(i) { items += block }
        return items
    }

    private func children(of node: OpaquePointer, _ nesting: PDFNesting, used: inout Set<Int>) -> [PDFItem] {
        var items: [PDFItem] = []
        var child = cmark_node_first_child(node)
        var first = true
        while let c = child {
            items += block(c, first ? nesting : nesting.continued, used: &used)
            first = false
            child = cmark_node_next(c)
        }
        return items
    }

    private func block(_ node: OpaquePointer, _ nesting: PDFNesting, used: inout Set<Int>) -> [PDFItem] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return [.heading(level: Int(cmark_node_get_heading_level(node)), runs: runs(node))]
        case CMARK_NODE_PARAGRAPH:
            let runs = runs(node)
            if let i = blockIndex(runs) {
                used.insert(i)
                return blocks[i]
            }
            return runs.isEmpty ? [] : [.paragraph(runs, nesting)]
        case CMARK_NODE_LIST:
            return list(node, nesting, used: &used)
        case CMARK_NODE_BLOCK_QUOTE:
            return children(of: node, nesting.quote(), used: &used)
        case CMARK_NODE_CODE_BLOCK:
            var code = fill(Self.literal(node))
            while code.hasSuffix("\n") { code.removeLast() }
            return [.code(code, nesting)]
        case CMARK_NODE_HTML_BLOCK:
            guard !allowHTML else { return [] }
            let text = Self.literal(node).trimmingCharacters(in: .newlines)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { PDFRun(text: String($0)) }
            return [.paragraph(Array(lines.map { [$0] }.joined(separator: [PDFRun.lineBreak])), nesting)]
        case CMARK_NODE_THEMATIC_BREAK:
            return [.rule(nesting)]
        default:
            if Self.kind(node) == "table" { return [.table(table(node))] }
            return children(of: node, nesting, used: &used)
        }
    }

    private func list(_ node: OpaquePointer, _ nesting: PDFNesting, used: inout Set<Int>) -> [PDFItem] {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let tight = cmark_node_get_list_tight(node) != 0
        var number = Int(cmark_node_get_list_start(node))
        var items: [PDFItem] = []
        var item = cmark_node_first_child(node)
        while let i = item {
            var marker = ordered ? "\(number)." : ["•", "◦", "▪"][min(nesting.depth, 2)]
            if Self.kind(i) == "tasklist" { marker = cmark_gfm_extensions_get_tasklist_item_checked(i) ? "☑" : "☐" }
            items += children(of: i, nesting.list(marker: marker, tight: tight), used: &used)
            number += 1
            item = cmark_node_next(i)
        }
        return items
    }

    /// The index of the block a paragraph stands for, when it is only a block token.
    private func blockIndex(_ runs: [PDFRun]) -> Int? {
        guard runs.count == 1 else { return nil }
        let text = runs[0].text.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("AISERBLOCK"), text.hasSuffix("Z"), let i = Int(text.dropFirst(10).dropLast()),
            blocks.indices.contains(i), BodyRenderer.blockPlaceholder(i) == text
        else { return nil }
        return i
    }

    /// `text` with the `{{ }}` placeholders replaced by their values.
    func fill(_ text: String) -> String {
        guard text.contains("AISERVAL") else { return text }
        var out = text
        for (i, v) in values.enumerated().reversed() {
            out = out.replacingOccurrences(of: InlineTemplate.placeholder(i), with: v)
        }
        return out
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The node's type name (`table`, `strikethrough`, `tasklist` for extension nodes).
    static func kind(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }
}
