import Engine
import Foundation

/// Compiles an Aiser project into a static site.
///
/// ```swift
/// let report = try await Builder(project: URL(fileURLWithPath: "examples/sales")).build()
/// print(report.summary)
/// ```
public struct Builder: Sendable {
    public let project: URL
    public let options: BuildOptions

    public init(project: URL, options: BuildOptions = BuildOptions()) {
        self.project = project
        self.options = options
    }

    /// Builds the site (or, with `writeOutput == false`, checks every page, query, block and
    /// reference without writing). Throws `GeneratorError` at the first problem; the previous
    /// output is left as it was.
    public func build() async throws -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let project = try Project(at: project)
        let compiled = try project.pages.map(CompiledPage.init)
        let cacheFolder = options.cacheFolder ?? project.root.url.appendingPathComponent(".aiser-cache")
        let results = cacheFolder.appendingPathComponent("results")
        let database = try SourceDatabase(
            sources: project.sources, cacheFolder: cacheFolder, reuse: options.useCache, columnar: options.columnar,
            prefetchColumns: !options.useCache || !QueryCache.hasResults(in: results))
        let cache = QueryCache(folder: options.useCache ? results : nil)
        let evaluator = PageEvaluator(
            config: project.config, database: database, cache: cache, sql: ReadOnlySQL(),
            renderer: BodyRenderer(
                root: project.root, allowHTML: project.config.allowHTML, showSQL: project.config.showSQL),
            pdf: options.pdf)
        let instances = try compiled.flatMap { try Self.instances(of: $0, database: database, cache: cache) }
        let evaluated = try await evaluate(instances, with: evaluator)
        var report = BuildReport(
            pages: evaluated.count, queries: cache.executed + cache.served,
            executedQueries: cache.executed, columnarQueries: cache.columnar, files: 0, bytes: 0, htmlBytes: 0,
            output: nil, duration: .zero)
        if options.writeOutput {
            let output = options.output ?? project.root.url.appendingPathComponent("out")
            let files = try SiteWriter(config: project.config, dataHash: database.dataHash).files(evaluated, instances)
            let binary = evaluated.compactMap { page in
                page.pdf.map { (path: page.instance.route + ".pdf", content: $0) }
            }
            try OutputDirectory(target: output).write(files, binary: binary)
            cache.prune()
            report.output = output
            report.files = files.count + binary.count
            report.bytes = files.reduce(0) { $0 + $1.content.utf8.count } + binary.reduce(0) { $0 + $1.content.count }
            report.htmlBytes = files.filter { $0.path.hasSuffix(".html") }.reduce(0) { $0 + $1.content.utf8.count }
        }
        report.duration = clock.now - start
        return report
    }

    /// Evaluates pages on `options.parallelism` tasks; results keep the input order.
    private func evaluate(_ instances: [PageInstance], with evaluator: PageEvaluator) async throws -> [EvaluatedPage] {
        try await withThrowingTaskGroup(of: (Int, EvaluatedPage).self) { group in
            var results = [EvaluatedPage?](repeating: nil, count: instances.count)
            var next = 0
            func add() {
                let i = next
                let instance = instances[i]
                group.addTask { (i, try evaluator.evaluate(instance)) }
                next += 1
            }
            while next < min(options.parallelism, instances.count) { add() }
            var done = 0
            while let (i, page) = try await group.next() {
                results[i] = page
                done += 1
                options.progress?(done, instances.count)
                if next < instances.count { add() }
            }
            return results.compactMap { $0 }
        }
    }

    /// One instance per page, or per parameter value of a templated page (slugged routes).
    static func instances(of page: CompiledPage, database: SourceDatabase, cache: QueryCache) throws -> [PageInstance] {
        let file = page.file
        guard let name = file.templateParameter, let param = file.front.params.first(where: { $0.name == name }) else {
            return [PageInstance(page: page, params: [:], route: file.route, title: file.title)]
        }
        let run = PageRun(page: page, database: database, cache: cache, sql: ReadOnlySQL())
        let values = try run.values(ofSQL: param.sql, at: param.location)
        let folder = file.section.isEmpty ? "" : file.section + "/"
        var used = Set<String>()
        return values.map { value in
            var slug = Slug.make(value)
            var n = 2
            while used.contains(slug) {
                slug = Slug.make(value) + "-\(n)"
                n += 1
            }
            used.insert(slug)
            let title = file.front.title.map { Self.fill($0, name: name, value: value) } ?? value
            return PageInstance(page: page, params: [name: value], route: folder + slug, title: title)
        }
    }

    /// `{{ params.NAME }}` in a front matter title replaced by the value.
    static func fill(_ text: String, name: String, value: String) -> String {
        var out = text
        for form in ["{{ params.\(name) }}", "{{params.\(name)}}", "{{ params.\(name)}}", "{{params.\(name) }}"] {
            out = out.replacingOccurrences(of: form, with: value)
        }
        return out
    }
}
