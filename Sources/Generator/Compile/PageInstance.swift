/// One output page: a page file with its parameter value (templated pages give several).
struct PageInstance: Sendable {
    var page: CompiledPage
    var params: [String: String]
    /// Output path without `.html` (`regions/north`).
    var route: String
    var title: String

    /// `../` once per folder level, to reach the site root from this page.
    var rootPrefix: String { String(repeating: "../", count: route.split(separator: "/").count - 1) }
}
