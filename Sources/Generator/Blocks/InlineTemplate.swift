import Foundation

/// The `{{ }}` language of page prose, parsed.
///
/// - `{{ NAME.column }}` — the column's value in the query's first row; `{{ params.x }}` — a
///   templated page's parameter; `{{ inputs.x }}` — an input's current option.
/// - `{{ NAME.column | number }}` — filters: `number[:decimals]`, `currency[:CODE]`, `percent`,
///   `compact`, `date` (Engine's `ValueFormat`), `slug`.
/// - `{{#each NAME}} … {{/each}}` — repeats for every row; inside, `{{ NAME.column }}` (or just
///   `{{ column }}`) is the current row's value.
/// - `{{#if NAME.column}} … {{else}} … {{/if}}` — true when the value is not NULL, 0 or empty;
///   also `{{#if NAME}}` (the query has rows) and comparisons `{{#if NAME.column > 0}}` with
///   `== != > >= < <=` against a number, a quoted text or another value.
/// - `\{{` writes `{{` literally.
struct InlineTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case value(ValuePath, TemplateFilter, SourceLocation)
        case each(String, [Node], SourceLocation)
        case when(Condition, [Node], [Node], SourceLocation)
    }

    /// `query.column`, `params.name`, `inputs.name`, or a bare `column` inside a loop.
    struct ValuePath: Sendable, Equatable {
        var head: String
        var tail: String?
    }

    struct Condition: Sendable {
        var path: ValuePath
        var op: String?
        /// A number, or `'text` for a quoted text.
        var literal: String?
        /// The other side when it is a value too (`{{#if a.x > b.y}}`).
        var other: ValuePath? = nil
    }

    var nodes: [Node]

    /// The query names the template reads (loops, values and conditions).
    var queryNames: Set<String> {
        var names = Set<String>()
        func walk(_ nodes: [Node]) {
            for n in nodes {
                switch n {
                case .text: break
                case .value(let p, _, _): names.insert(p.head)
                case .each(let q, let body, _):
                    names.insert(q)
                    walk(body)
                case .when(let c, let a, let b, _):
                    names.insert(c.path.head)
                    if let o = c.other { names.insert(o.head) }
                    walk(a)
                    walk(b)
                }
            }
        }
        walk(nodes)
        return names.subtracting(["params", "inputs"])
    }
}

extension InlineTemplate {
    /// Whether `name` is only used as a bare column inside a loop (`{{ column }}`).
    func isLoopColumn(_ name: String) -> Bool {
        func walk(_ nodes: [Node], inLoop: Bool) -> Bool {
            for n in nodes {
                switch n {
                case .text: break
                case .value(let p, _, _): if p.head == name && (p.tail != nil || !inLoop) { return false }
                case .each(let q, let body, _): if q == name || !walk(body, inLoop: true) { return false }
                case .when(let c, let a, let b, _):
                    if c.path.head == name && (c.path.tail != nil || !inLoop) { return false }
                    if !walk(a, inLoop: inLoop) || !walk(b, inLoop: inLoop) { return false }
                }
            }
            return true
        }
        return walk(nodes, inLoop: false)
    }
}
