import CCmarkGFM
import Foundation

extension Markdown {
    /// Parses GitHub-flavoured `markdown` with cmark-gfm (the `extensions` attached, smart
    /// punctuation on, raw HTML kept as HTML nodes) and hands `body` the document node and the
    /// parser; both are freed when `body` returns. Nil when cmark cannot allocate a parser.
    static func withDocument<T>(
        _ markdown: String, unsafe: Bool, _ body: (_ document: OpaquePointer, _ parser: OpaquePointer) throws -> T
    ) rethrows -> T? {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options(unsafe: unsafe)) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return try body(document, parser)
    }

    /// The cmark options the page Markdown is parsed and rendered with.
    static func options(unsafe: Bool) -> Int32 {
        CMARK_OPT_DEFAULT | CMARK_OPT_SMART | (unsafe ? CMARK_OPT_UNSAFE : 0)
    }
}
