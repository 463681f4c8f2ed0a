import Engine

/// Turns a fenced block into its typed block (one file per kind in `Blocks/`).
enum BlockParser {
    static func parse(_ raw: RawBlock) throws -> any PageBlock {
        switch raw.kind {
        case "sql": return try SQLBlock(raw)
        case "table": return try TableBlock(raw)
        case "kpi": return try KPIBlock(raw)
        case "input": return try InputBlock(raw)
        case "chart": return try ChartBlock(raw)
        default: throw raw.fence.error("unknown block kind '\(raw.kind)'")
        }
    }

    static func unknownKey(_ key: String, in block: String, expected: [String]) -> String {
        "unknown key '\(key)' in a \(block) block (expected one of \(expected.joined(separator: ", ")))"
    }

    /// A `format:` value: Engine's one format grammar (`ValueFormat(spec:)`).
    static func format(_ node: YAMLNode) throws -> ValueFormat {
        let spec = try node.string("format")
        guard let f = ValueFormat(spec: spec) else {
            throw node.error(
                "unknown format '\(spec)' (expected one of \(ValueFormat.specNames.joined(separator: ", ")))")
        }
        return f
    }
}
