import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown to HTML through cmark-gfm. Raw HTML in the Markdown is shown as
/// text unless `allowHTML`; images from other hosts become plain links, and local images are
/// embedded as `data:` URIs, so pages never reference another host.
struct Markdown {
    var allowHTML: Bool
    /// Embeds the local images the page names.
    var images: ImageEmbedder

    static let extensions = ["table", "strikethrough", "autolink", "tasklist"]

    func html(_ markdown: String) throws -> String {
        let rendered = try Self.withDocument(markdown, unsafe: allowHTML) { document, parser -> String in
            try rewrite(document)
            let options = Self.options(unsafe: allowHTML)
            guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
                return ""
            }
            defer { free(html) }
            return String(cString: html)
        }
        return rendered ?? ""
    }

    /// Escapes raw HTML nodes and makes images self-contained.
    private func rewrite(_ document: OpaquePointer) throws {
        var html: [OpaquePointer] = []
        var imageNodes: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if !allowHTML && (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK) { html.append(node) }
            if type == CMARK_NODE_IMAGE { imageNodes.append(node) }
        }
        for node in html {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let text = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(text, literal)
            if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
                let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
                cmark_node_append_child(paragraph, text)
                cmark_node_replace(node, paragraph)
            } else {
                cmark_node_replace(node, text)
            }
            cmark_node_free(node)
        }
        for node in imageNodes {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if url.contains(":") || url.hasPrefix("//") {
                let link = cmark_node_new(CMARK_NODE_LINK)
                cmark_node_set_url(link, url)
                while let child = cmark_node_first_child(node) { cmark_node_append_child(link, child) }
                cmark_node_replace(node, link)
                cmark_node_free(node)
            } else if let (data, mime) = try images.load(url) {
                cmark_node_set_url(node, "data:\(mime);base64,\(data.base64EncodedString())")
            }
        }
    }
}
