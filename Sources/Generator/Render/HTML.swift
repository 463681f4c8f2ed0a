import Engine

/// Where text becomes HTML in the generator. Everything from data, YAML or file names passes
/// through `escape` (Engine's one escaping function); `raw` output is only ever built by the
/// renderers themselves.
enum HTML {
    /// `text` with `& < > " '` replaced by entities (safe in element content and quoted attributes).
    static func escape(_ text: String) -> String { Escape.html(text) }
}
