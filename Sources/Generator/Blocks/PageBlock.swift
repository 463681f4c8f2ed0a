import Engine
import Foundation

/// A fenced block of a page (` ```kind `). Each kind is one file in `Blocks/`; they are parsed by
/// `BlockParser` and turned into HTML once the page's queries have run.
protocol PageBlock: Sendable {
    /// Where the block's fence is.
    var location: SourceLocation { get }
    /// The query names the block reads.
    var dependencies: [String] { get }
    /// Checks the block against the page's query results (columns exist, values are numbers …).
    func check(_ context: BlockContext) throws
    /// The block's HTML.
    func html(_ context: BlockContext) throws -> String
}

/// What a block can see when it is checked and rendered.
struct BlockContext: Sendable {
    var results: [String: QueryResult]
    /// The relative link to the site root from the page (`../` for `regions/north.html`).
    var rootPrefix: String
    /// The folder of this page's exports, relative to the site root (`data/regions/north`).
    var dataFolder: String
    /// File-name suffix of the current input variant (empty for the default variant).
    var variantSuffix: [String: String]
    /// The inputs of the page with the option the current variant shows.
    var inputs: [String: InputState] = [:]
    var config: ProjectConfig
    var theme: PageTheme
    /// Prefix for element ids, so ids stay unique across a page's input variants (`v2-`).
    var idPrefix = ""
    /// What `{{ }}` in block titles can read.
    var scope: InlineTemplate.Scope? = nil

    /// `text` (a block title) with its `{{ }}` values filled in; not yet escaped.
    func text(_ text: String, at location: SourceLocation) throws -> String {
        guard text.contains("{{"), let scope else { return text }
        let template = try InlineTemplate(parsing: text, origin: location)
        var values: [String] = []
        var out = try template.expand(scope, values: &values)
        for (i, v) in values.enumerated().reversed() {
            out = out.replacingOccurrences(of: InlineTemplate.placeholder(i), with: v)
        }
        return out
    }

    /// The result `name`, or an error at `location` when no query on the page has that name.
    func result(_ name: String, at location: SourceLocation) throws -> QueryResult {
        guard let r = results[name] else {
            let known = results.keys.sorted().joined(separator: ", ")
            throw location.error(
                "no query named '\(name)' on this page" + (known.isEmpty ? "" : " (queries: \(known))"))
        }
        return r
    }

    /// The index of `column` in `result`, or an error naming the columns there are.
    func column(_ column: String, of query: String, in result: QueryResult, at location: SourceLocation) throws -> Int {
        guard let i = result.index(of: column) else {
            let names = result.columns.map(\.name).joined(separator: ", ")
            throw location.error("query '\(query)' has no column '\(column)' (columns: \(names))")
        }
        return i
    }

    /// The link to the CSV export of `query`.
    func csvHref(_ query: String) -> String {
        rootPrefix + dataFolder + "/" + query + (variantSuffix[query] ?? "") + ".csv"
    }
}
