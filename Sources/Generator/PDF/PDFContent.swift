import Engine

/// A compiled page's parts, for one set of results (the default input variant), as PDF items:
/// the same blocks the HTML shows, in the same order, with the page title on top. The prose is
/// parsed as one Markdown document with a token paragraph for each block, as the HTML page is.
struct PDFContent {
    var showSQL: Bool
    var allowHTML: Bool
    /// The content width charts are drawn at, and the most height they may take.
    var width: Double
    var maxHeight: Double

    func items(_ page: CompiledPage, title: String, _ context: BlockContext, scope: InlineTemplate.Scope) throws
        -> [PDFItem]
    {
        var markdown = PDFMarkdown(allowHTML: allowHTML)
        var text = ""
        for part in page.parts {
            switch part {
            case .prose(let template):
                text += try template.expand(scope, values: &markdown.values) + "\n"
            case .block(let block):
                let items = try self.block(block, page: page, context)
                if items.isEmpty { continue }
                text += "\n\n" + BodyRenderer.blockPlaceholder(markdown.blocks.count) + "\n\n"
                markdown.blocks.append(items)
            }
        }
        return [.heading(level: 0, text: title)] + markdown.items(text)
    }

    private func block(_ block: any PageBlock, page: CompiledPage, _ context: BlockContext) throws -> [PDFItem] {
        switch block {
        case let sql as SQLBlock:
            guard sql.show ?? page.file.front.showSQL ?? showSQL else { return [] }
            return [.note("SQL: \(sql.name)"), .code(sql.sql, .top)]
        case let chart as ChartBlock:
            let data = try chart.chart(context)
            let height = min(Double(data.options.height ?? 360), maxHeight)
            let svg = ChartRenderer.svg(data, width: Int(width), height: Int(height), theme: .light)
            return [.chart(svg: svg, width: Double(Int(width)), height: Double(Int(height)))]
        case let kpi as KPIBlock:
            return [try kpi.pdfItem(context)]
        case let table as TableBlock:
            return [.table(try table.pdfTable(context))]
        case let input as InputBlock:
            guard let state = context.inputs[input.name] else { return [] }
            return [.note("Filter: \(input.title ?? Slug.readable(input.name)) = \(state.values[state.selected])")]
        default:
            try block.check(context)
            return []
        }
    }
}
