import Engine
import Foundation

/// Evaluates one page instance: resolves its inputs, runs its queries once per input variant,
/// renders the body (variants switched by CSS only) and collects the exports.
struct PageEvaluator: Sendable {
    var config: ProjectConfig
    var database: SourceDatabase
    var cache: QueryCache
    var sql: ReadOnlySQL
    var renderer: BodyRenderer
    /// Write a PDF of the page's default variant.
    var pdf = false

    func evaluate(_ instance: PageInstance) throws -> EvaluatedPage {
        let page = instance.page
        let run = PageRun(page: page, database: database, cache: cache, sql: sql)
        let inputs = try page.inputs.map { try state(of: $0, run: run, params: instance.params) }
        let variants = inputs.reduce(into: [[Int]]([[]])) { acc, input in
            acc = acc.flatMap { prefix in input.values.indices.map { prefix + [$0] } }
        }
        if variants.count > config.maxVariants, let first = page.inputs.first {
            throw first.location.error(
                "the inputs of this page make \(variants.count) combinations, more than max_variants (\(config.maxVariants)); reduce the options or raise options.max_variants in aiser.yml"
            )
        }
        let inputNames = Set(page.inputs.map(\.name))
        let varying = Set(page.queries.map(\.name).filter { !page.allParameters(of: $0).isDisjoint(with: inputNames) })
        let dataFolder = "data/" + instance.route
        let defaults = inputs.map(\.selected)
        var bodies: [String] = []
        var exports: [(String, String)] = []
        var manifest: [EvaluatedPage.Query] = []
        var pdfData: Data?
        for (index, variant) in variants.enumerated() {
            var values = instance.params
            var states: [String: InputState] = [:]
            for (i, input) in inputs.enumerated() {
                values[input.name] = input.values[variant[i]]
                var s = input
                s.selected = variant[i]
                states[input.name] = s
            }
            let isDefault = variant == defaults
            let suffix =
                isDefault
                ? "" : "--" + Slug.make(variant.enumerated().map { inputs[$0].values[$1] }.joined(separator: "-"))
            let ran = try run.run(values)
            var context = BlockContext(
                results: ran.mapValues(\.result), rootPrefix: instance.rootPrefix, dataFolder: dataFolder,
                variantSuffix: Dictionary(uniqueKeysWithValues: varying.map { ($0, suffix) }), inputs: states,
                config: config, theme: config.theme)
            let scope = InlineTemplate.Scope(
                results: context.results, params: instance.params, inputs: values.filter { inputNames.contains($0.key) }
            )
            context.scope = scope
            context.idPrefix = inputs.isEmpty ? "" : "v\(index)-"
            bodies.append(try renderer.render(page, context, scope: scope))
            if pdf && isDefault { pdfData = try self.pdf(instance, context, scope: scope) }
            if isDefault { exports += try embeds(instance, context) }
            for query in page.queries where isDefault || varying.contains(query.name) {
                guard let r = ran[query.name] else { continue }
                let name = query.name + (varying.contains(query.name) ? suffix : "")
                for format in ExportFormats.all {
                    exports.append(("\(dataFolder)/\(name).\(format.fileExtension)", format.export(r.result)))
                }
                manifest.append(.init(name: query.name, key: r.key, rows: r.result.rows.count, variant: suffix))
            }
        }
        let body = inputs.isEmpty ? bodies[0] : VariantSwitch.html(inputs: inputs, variants: variants, bodies: bodies)
        return EvaluatedPage(instance: instance, body: body, exports: exports, queries: manifest, pdf: pdfData)
    }

    /// The page's charts (default variant) as files to iframe or link from any site:
    /// `embed/<page route>/<n>.html` (a self-contained page, no script) and `embed/<page
    /// route>/<n>.svg`, `n` counting the page's chart blocks from 1, drawn by the same renderer as
    /// the page in its theme (`auto` draws them light).
    private func embeds(_ instance: PageInstance, _ context: BlockContext) throws -> [(String, String)] {
        let theme: Theme = context.theme == .dark ? .dark : .light
        var files: [(String, String)] = []
        var n = 0
        for case .block(let block) in instance.page.parts {
            guard let chartBlock = block as? ChartBlock else { continue }
            n += 1
            let chart = try chartBlock.chart(context)
            let base = "embed/\(instance.route)/\(n)"
            files.append((base + ".html", ChartRenderer.page(chart, theme: theme)))
            files.append((base + ".svg", ChartRenderer.svg(chart, theme: theme)))
        }
        return files
    }

    private func pdf(_ instance: PageInstance, _ context: BlockContext, scope: InlineTemplate.Scope) throws -> Data {
        let layout = PDFLayout(size: config.pdfPageSize)
        let content = PDFContent(
            showSQL: renderer.showSQL, allowHTML: renderer.allowHTML, width: layout.contentWidth,
            maxHeight: layout.contentHeight)
        let items = try content.items(instance.page, title: instance.title, context, scope: scope)
        return try PDFDocument(layout: layout, footer: "\(config.title) — \(instance.title)").data(
            items, at: instance.page.file.source)
    }

    private func state(of input: InputBlock, run: PageRun, params: [String: String]) throws -> InputState {
        var values: [String]
        switch input.options {
        case .list(let list): values = list
        case .query(let text):
            if let query = run.page.queries.first(where: { $0.name == text }) {
                guard run.page.allParameters(of: query.name).isDisjoint(with: Set(run.page.inputs.map(\.name))) else {
                    throw input.location.error("the options of input '\(input.name)' may not depend on an input")
                }
                let result = try run.run(params, only: query.name)[query.name]?.result
                var seen = Set<String>()
                values = (result?.rows ?? []).compactMap { $0.first?.string }.filter { seen.insert($0).inserted }
            } else {
                values = try run.values(ofSQL: text, at: input.location)
            }
        }
        if values.isEmpty { throw input.location.error("input '\(input.name)' has no options") }
        var selected = 0
        if let d = input.defaultValue {
            guard let i = values.firstIndex(of: d) else {
                throw input.location.error("the default '\(d)' of input '\(input.name)' is not one of its options")
            }
            selected = i
        }
        return InputState(name: input.name, values: values, selected: selected)
    }
}
