import Foundation

extension ProjectConfig {
    /// The keys `aiser.yml` accepts (the reference page lists these).
    static let keys = ["title", "theme", "sources", "options"]
    /// The keys of `options:`.
    static let optionKeys = ["allow_html", "show_sql", "max_variants", "table_limit", "pdf_page_size"]

    /// Reads `aiser.yml` text; `path` is used in error messages.
    init(yaml text: String, path: String) throws {
        self.init()
        let root = try YAMLNode.parse(text, origin: SourceLocation(path: path, line: 1))
        for (key, value, keyLocation) in try root.entries("aiser.yml") {
            switch key {
            case "title": title = try value.string("title")
            case "theme":
                let name = try value.string("theme")
                guard let t = PageTheme(rawValue: name) else {
                    throw value.error("theme must be light, dark or auto, not '\(name)'")
                }
                theme = t
            case "sources": sources = try Self.sources(value)
            case "options": try readOptions(value)
            default:
                throw keyLocation.error(
                    "unknown key '\(key)' in aiser.yml (expected one of \(Self.keys.joined(separator: ", ")))")
            }
        }
    }

    private mutating func readOptions(_ node: YAMLNode) throws {
        for (key, value, keyLocation) in try node.entries("options") {
            switch key {
            case "allow_html": allowHTML = try value.bool(key)
            case "show_sql": showSQL = try value.bool(key)
            case "max_variants":
                maxVariants = try value.int(key)
                if maxVariants < 1 { throw value.error("max_variants must be at least 1") }
            case "table_limit":
                tableLimit = try value.int(key)
                if tableLimit < 1 { throw value.error("table_limit must be at least 1") }
            case "pdf_page_size":
                let name = try value.string(key)
                guard let size = PDFPageSize(rawValue: name.lowercased()) else {
                    throw value.error("pdf_page_size must be a4, letter or legal, not '\(name)'")
                }
                pdfPageSize = size
            default:
                throw keyLocation.error(
                    "unknown option '\(key)' (expected one of \(Self.optionKeys.joined(separator: ", ")))")
            }
        }
    }

    private static func sources(_ node: YAMLNode) throws -> [SourceSpec] {
        try node.entries("sources").map { table, value, keyLocation in
            guard Self.isTableName(table) else {
                throw keyLocation.error(
                    "source name '\(table)' must be letters, digits and _ and not start with a digit")
            }
            if value.isMapping {
                var path: String?
                var sheet: String?
                for (key, v, kl) in try value.entries("source '\(table)'") {
                    switch key {
                    case "path": path = try v.string("path")
                    case "sheet", "table": sheet = try v.string(key)
                    default: throw kl.error("unknown key '\(key)' in source '\(table)' (expected path, sheet)")
                    }
                }
                guard let path else { throw value.error("source '\(table)' needs a path") }
                return SourceSpec(table: table, path: path, sheet: sheet)
            }
            return SourceSpec(table: table, path: try value.string("source '\(table)'"))
        }
    }

    /// Whether `name` is a plain table name (query and source names share this rule).
    static func isTableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !CharacterSet.decimalDigits.contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || CharacterSet.alphanumerics.contains($0) && $0.isASCII }
    }
}
