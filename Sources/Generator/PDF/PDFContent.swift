import Engine

/// A compiled page's parts, for one set of results (the default input variant), as PDF items:
/// the same blocks the HTML shows, in the same order, with the page title on top.
struct PDFContent {
    var showSQL: Bool
    /// The content width charts are drawn at, and the most height they may take.
    var width: Double
    var maxHeight: Double

    func items(_ page: CompiledPage, title: String, _ context: BlockContext, scope: InlineTemplate.Scope) throws
        -> [PDFItem]
    {
        var items: [PDFItem] = [.heading(level: 0, text: title)]
        for part in page.parts {
            switch part {
            case .prose(let template):
                var values: [String] = []
                let text = try template.expand(scope, values: &values)
                items += PDFProse.items(text).map { fill($0, values) }
            case .block(let block):
                items += try self.block(block, page: page, context)
            }
        }
        return items
    }

    private func block(_ block: any PageBlock, page: CompiledPage, _ context: BlockContext) throws -> [PDFItem] {
        switch block {
        case let sql as SQLBlock:
            guard sql.show ?? page.file.front.showSQL ?? showSQL else { return [] }
            return [.note("SQL: \(sql.name)"), .code(sql.sql)]
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

    /// Prose text with its `{{ }}` placeholders replaced by their values.
    private func fill(_ item: PDFItem, _ values: [String]) -> PDFItem {
        func f(_ s: String) -> String {
            var out = s
            for (i, v) in values.enumerated().reversed() {
                out = out.replacingOccurrences(of: InlineTemplate.placeholder(i), with: v)
            }
            return out
        }
        switch item {
        case .heading(let level, let text): return .heading(level: level, text: f(text))
        case .paragraph(let text): return .paragraph(f(text))
        case .bullet(let text): return .bullet(f(text))
        case .code(let text): return .code(f(text))
        default: return item
        }
    }
}
