/// The YAML header of a page between `---` lines.
struct FrontMatter: Sendable {
    /// The keys a page header accepts (the reference page lists these).
    static let keys = ["title", "description", "order", "hidden", "params", "show_sql"]

    var title: String?
    var description: String?
    var order: Int?
    var hidden = false
    var showSQL: Bool?
    /// Parameter name → SQL giving its values (templated pages only).
    var params: [(name: String, sql: String, location: SourceLocation)] = []

    init() {}

    init(yaml text: String, origin: SourceLocation) throws {
        let root = try YAMLNode.parse(text, origin: origin)
        for (key, value, keyLocation) in try root.entries("the front matter") {
            switch key {
            case "title": title = try value.string(key)
            case "description": description = try value.string(key)
            case "order": order = try value.int(key)
            case "hidden": hidden = try value.bool(key)
            case "show_sql": showSQL = try value.bool(key)
            case "params":
                for (name, sql, nameLocation) in try value.entries("params") {
                    guard ProjectConfig.isTableName(name) else {
                        throw nameLocation.error("parameter name '\(name)' must be letters, digits and _")
                    }
                    params.append((name, try sql.string("parameter '\(name)'"), sql.location))
                }
            default:
                throw keyLocation.error(
                    "unknown front matter key '\(key)' (expected one of \(Self.keys.joined(separator: ", ")))")
            }
        }
    }
}
