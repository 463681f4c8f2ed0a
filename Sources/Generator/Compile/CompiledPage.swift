import Foundation

/// A page with its blocks parsed and its query graph worked out; evaluated once per parameter value.
struct CompiledPage: Sendable {
    enum Part: Sendable {
        case prose(InlineTemplate)
        case block(any PageBlock)
    }

    var file: PageFile
    var parts: [Part]
    /// The page's queries in order.
    var queries: [SQLBlock]
    /// Query name → earlier query names it reads as tables.
    var dependencies: [String: [String]]
    /// Query name → `:names` it binds (directly).
    var parameters: [String: Set<String>]
    var inputs: [InputBlock]

    init(_ file: PageFile) throws {
        self.file = file
        var parts: [Part] = []
        var queries: [SQLBlock] = []
        var inputs: [InputBlock] = []
        for segment in file.segments {
            switch segment {
            case .prose(let text, let origin): parts.append(.prose(try InlineTemplate(parsing: text, origin: origin)))
            case .code(let text): parts.append(.prose(InlineTemplate(nodes: [.text(text)])))
            case .block(let raw):
                let block = try BlockParser.parse(raw)
                if let sql = block as? SQLBlock {
                    if queries.contains(where: { $0.name == sql.name }) {
                        throw sql.location.error("a query named '\(sql.name)' is already defined on this page")
                    }
                    queries.append(sql)
                }
                if let input = block as? InputBlock {
                    if inputs.contains(where: { $0.name == input.name }) {
                        throw input.location.error("an input named '\(input.name)' is already defined on this page")
                    }
                    inputs.append(input)
                }
                parts.append(.block(block))
            }
        }
        self.parts = parts
        self.queries = queries
        self.inputs = inputs
        var dependencies: [String: [String]] = [:]
        var parameters: [String: Set<String>] = [:]
        for (i, q) in queries.enumerated() {
            let words = SQLScan.words(q.sql)
            dependencies[q.name] = queries[..<i].map(\.name).filter { words.contains($0.lowercased()) }
            parameters[q.name] = SQLScan.parameters(q.sql)
        }
        self.dependencies = dependencies
        self.parameters = parameters
        try checkReferences()
    }

    /// Every query name a block or inline value reads is defined on the page.
    private func checkReferences() throws {
        let names = Set(queries.map(\.name))
        for part in parts {
            switch part {
            case .block(let block):
                for name in block.dependencies where !names.contains(name) {
                    if block is InputBlock { continue }
                    throw block.location.error("no query named '\(name)' on this page" + Self.known(names))
                }
            case .prose(let template):
                for name in template.queryNames.sorted() where !names.contains(name) {
                    if template.isLoopColumn(name) { continue }
                    throw GeneratorError(
                        path: file.source,
                        "the text uses '\(name)', which is not a query on this page" + Self.known(names))
                }
            }
        }
    }

    static func known(_ names: Set<String>) -> String {
        names.isEmpty ? "" : " (queries: \(names.sorted().joined(separator: ", ")))"
    }

    /// `name` and every query it reads, directly or not.
    func closure(of name: String) -> Set<String> {
        var out: Set<String> = [name]
        for dep in dependencies[name] ?? [] { out.formUnion(closure(of: dep)) }
        return out
    }

    /// Parameters a query binds directly or through the queries it reads.
    func allParameters(of name: String) -> Set<String> {
        var out = parameters[name] ?? []
        for dep in dependencies[name] ?? [] { out.formUnion(allParameters(of: dep)) }
        return out
    }
}
