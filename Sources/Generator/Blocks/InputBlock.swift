import Engine

/// ` ```input ` — a filter control: `name`, `type` (`dropdown` or `buttons`), `options` (a list,
/// a query name, or SQL whose first column gives the values), `default`, `title`. Queries that use
/// `:name` run at build time once per option; the page switches between the precomputed results
/// with CSS only (hidden radio buttons and `:checked ~` rules), no JavaScript.
struct InputBlock: PageBlock {
    static let keys = ["name", "type", "options", "default", "title"]
    static let types = ["dropdown", "buttons"]

    enum Options: Sendable {
        case list([String])
        /// A query name of the page, or SQL text.
        case query(String)
    }

    var name: String
    var type: String = "dropdown"
    var options: Options
    var defaultValue: String?
    var title: String?
    var location: SourceLocation

    init(_ raw: RawBlock) throws {
        let yaml = try YAMLNode.parse(raw.body, origin: raw.bodyStart)
        var name: String?, options: Options?
        for (key, value, keyLocation) in try yaml.entries("an input block") {
            switch key {
            case "name": name = try value.string(key)
            case "type":
                type = try value.string(key)
                if !Self.types.contains(type) {
                    throw value.error("input type must be dropdown or buttons, not '\(type)'")
                }
            case "options":
                options = value.isSequence ? .list(try value.strings(key)) : .query(try value.string(key))
            case "default": defaultValue = try value.string(key)
            case "title": title = try value.string(key)
            default: throw keyLocation.error(BlockParser.unknownKey(key, in: "input", expected: Self.keys))
            }
        }
        guard let name else { throw raw.fence.error("an input block needs 'name: NAME'") }
        guard ProjectConfig.isTableName(name) else {
            throw raw.fence.error("input name '\(name)' must be letters, digits and _")
        }
        guard let options else { throw raw.fence.error("an input block needs 'options:' (a list or a query)") }
        if case .list(let l) = options, l.isEmpty { throw raw.fence.error("input '\(name)' has no options") }
        self.name = name
        self.options = options
        self.location = raw.fence
    }

    var dependencies: [String] {
        if case .query(let q) = options, ProjectConfig.isTableName(q) { return [q] }
        return []
    }

    func check(_ context: BlockContext) throws {}

    /// The controls: labels for the page's hidden radio buttons; the current option is marked.
    func html(_ context: BlockContext, state: InputState) -> String {
        let label = HTML.escape(title ?? Slug.readable(name))
        var buttons = ""
        for (i, value) in state.values.enumerated() {
            let current = i == state.selected
            buttons +=
                "<label for=\"\(state.radioID(i))\"\(current ? " class=\"selected\" aria-current=\"true\"" : "")>\(HTML.escape(value))</label>"
        }
        if type == "buttons" {
            return
                "<div class=\"input buttons\" role=\"group\" aria-label=\"\(label)\"><span class=\"input-label\">\(label)</span>\(buttons)</div>\n"
        }
        let current = HTML.escape(state.values[state.selected])
        return
            "<details class=\"input dropdown\"><summary><span class=\"input-label\">\(label)</span> \(current)</summary><div class=\"menu\">\(buttons)</div></details>\n"
    }

    func html(_ context: BlockContext) throws -> String {
        guard let state = context.inputs[name] else { throw location.error("input '\(name)' has no options") }
        return html(context, state: state)
    }
}
