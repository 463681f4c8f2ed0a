/// A piece of a page's Markdown: prose (with inline `{{ }}` values) or a fenced Aiser block.
enum PageSegment: Sendable {
    case prose(String, SourceLocation)
    case block(RawBlock)
    /// An ordinary fenced code block (any other info string): passed to Markdown as written,
    /// without `{{ }}` templating.
    case code(String)
}

/// A fenced block as written: ` ```kind rest-of-info ` and its body lines.
struct RawBlock: Sendable {
    /// `sql`, `chart`, `kpi`, `table` or `input`.
    var kind: String
    /// The words after the kind on the fence line (`sql monthly show` → `["monthly", "show"]`).
    var arguments: [String]
    var body: String
    /// Where the fence line is.
    var fence: SourceLocation
    /// Where the body's first line is.
    var bodyStart: SourceLocation
}
