import Engine

/// ` ```table ` — rows of a query as an HTML table: `data`, optional `columns` (names, or
/// `{column, title, format}`), `limit` (default 20), `title`; numbers right-aligned; a link to the full CSV.
struct TableBlock: PageBlock {
    static let keys = ["data", "columns", "limit", "title"]

    struct Column: Sendable {
        var name: String
        var title: String
        var format: ValueFormat?

        /// A cell's text: in the column's format, or the value's own text without one (the
        /// HTML and the PDF table both write it so).
        func text(_ value: SQLValue) -> String { format.map { $0.string(value) } ?? ValueFormat.unformatted(value) }
    }

    var data: String
    var columns: [Column]?
    var limit: Int?
    var title: String?
    var location: SourceLocation

    init(_ raw: RawBlock) throws {
        let yaml = try YAMLNode.parse(raw.body, origin: raw.bodyStart)
        var data: String?
        for (key, value, keyLocation) in try yaml.entries("a table block") {
            switch key {
            case "data": data = try value.string(key)
            case "title": title = try value.string(key)
            case "limit":
                limit = try value.int(key)
                if limit! < 1 { throw value.error("limit must be at least 1") }
            case "columns": columns = try value.items.map(Self.column)
            default: throw keyLocation.error(BlockParser.unknownKey(key, in: "table", expected: Self.keys))
            }
        }
        guard let data else { throw raw.fence.error("a table block needs 'data: QUERY'") }
        self.data = data
        self.location = raw.fence
    }

    private static func column(_ node: YAMLNode) throws -> Column {
        if !node.isMapping {
            let name = try node.string("a column")
            return Column(name: name, title: name)
        }
        var name: String?, title: String?, format: ValueFormat?
        for (key, value, keyLocation) in try node.entries("a column") {
            switch key {
            case "column", "name": name = try value.string(key)
            case "title": title = try value.string(key)
            case "format": format = try BlockParser.format(value)
            default:
                throw keyLocation.error(
                    BlockParser.unknownKey(key, in: "table column", expected: ["column", "title", "format"]))
            }
        }
        guard let name else { throw node.error("a table column needs 'column: NAME'") }
        return Column(name: name, title: title ?? name, format: format)
    }

    var dependencies: [String] { [data] }

    func check(_ context: BlockContext) throws {
        let result = try context.result(data, at: location)
        for c in columns ?? [] { _ = try context.column(c.name, of: data, in: result, at: location) }
    }

    func html(_ context: BlockContext) throws -> String {
        let result = try context.result(data, at: location)
        let chosen = try (columns ?? result.columns.map { Column(name: $0.name, title: $0.name) }).map {
            ($0, try context.column($0.name, of: data, in: result, at: location))
        }
        let shown = min(result.rows.count, limit ?? context.config.tableLimit)
        var out = "<figure class=\"table\">"
        if let title { out += "<figcaption>\(HTML.escape(try context.text(title, at: location)))</figcaption>" }
        out += "<div class=\"scroll\"><table><thead><tr>"
        for (c, i) in chosen {
            out += "<th scope=\"col\"\(Self.isNumeric(result, i) ? " class=\"num\"" : "")>\(HTML.escape(c.title))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in result.rows.prefix(shown) {
            out += "<tr>"
            for (c, i) in chosen {
                let value = row[i]
                let numeric = value.double != nil
                out += "<td\(numeric ? " class=\"num\"" : "")>\(HTML.escape(c.text(value)))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        let more = result.rows.count > shown ? "\(shown) of \(result.rows.count) rows" : "\(result.rows.count) rows"
        out +=
            "<p class=\"table-foot\">\(more) · <a href=\"\(HTML.escape(context.csvHref(data)))\" download>CSV</a></p></figure>\n"
        return out
    }

    static func isNumeric(_ result: QueryResult, _ i: Int) -> Bool {
        if result.columns[i].type.isNumeric { return true }
        let values = result.rows.prefix(50).map { $0[i] }.filter { !$0.isNull }
        return !values.isEmpty && values.allSatisfy { $0.double != nil }
    }
}
