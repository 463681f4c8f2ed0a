import Engine

/// The `| filter` of an inline value: none (the value's own text), one of Engine's value
/// formats (`ValueFormat(spec:)`, the same grammar as a block's `format:`), or `slug`.
enum TemplateFilter: Sendable, Equatable {
    case none
    case format(ValueFormat)
    /// The value as a file-name slug (`North East` → `north-east`), to link to templated pages.
    case slug

    /// Every filter name (the reference page lists these).
    static let names = ValueFormat.specNames + ["slug"]

    init?(_ spec: String) {
        if spec == "slug" {
            self = .slug
        } else if let format = ValueFormat(spec: spec) {
            self = .format(format)
        } else {
            return nil
        }
    }

    /// `value` as text through this filter.
    func apply(_ value: SQLValue) -> String {
        switch self {
        case .none: return ValueFormat.unformatted(value)
        case .format(let f): return f.string(value)
        case .slug: return value.isNull ? "" : Slug.make(value.string ?? "")
        }
    }
}
