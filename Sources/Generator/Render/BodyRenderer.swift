import Foundation

/// Renders a page's prose and blocks for one set of results: prose templates are expanded with
/// placeholders, the whole page goes through Markdown once, then placeholders become escaped
/// values and block HTML.
struct BodyRenderer {
    var root: ProjectRoot
    var allowHTML: Bool
    var showSQL: Bool

    func render(_ page: CompiledPage, _ context: BlockContext, scope: InlineTemplate.Scope) throws -> String {
        var text = ""
        var values: [String] = []
        var blocks: [String] = []
        for part in page.parts {
            switch part {
            case .prose(let template):
                text += try template.expand(scope, values: &values) + "\n"
            case .block(let block):
                try block.check(context)
                var html = try block.html(context)
                if let sql = block as? SQLBlock, sql.show ?? page.file.front.showSQL ?? showSQL {
                    html = sql.shownHTML()
                }
                if html.isEmpty { continue }
                text += "\n\n" + Self.blockPlaceholder(blocks.count) + "\n\n"
                blocks.append(html)
            }
        }
        let folder = (page.file.source as NSString).deletingLastPathComponent
        let markdown = Markdown(
            allowHTML: allowHTML, images: ImageEmbedder(root: root, folder: folder, page: page.file.source))
        var html = try markdown.html(text)
        for (i, block) in blocks.enumerated().reversed() {
            let token = Self.blockPlaceholder(i)
            html = html.replacingOccurrences(of: "<p>\(token)</p>\n", with: block)
            html = html.replacingOccurrences(of: token, with: block)
        }
        for (i, value) in values.enumerated().reversed() {
            html = html.replacingOccurrences(of: InlineTemplate.placeholder(i), with: HTML.escape(value))
        }
        return html
    }

    static func blockPlaceholder(_ i: Int) -> String { "AISERBLOCK\(i)Z" }
}
