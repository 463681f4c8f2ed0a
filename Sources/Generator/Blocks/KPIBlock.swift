import Engine

/// ` ```kpi ` — one headline number: `data`, `value` (column), `title`, `format`, optional
/// `comparison` (a column of the same query, or another query) for a delta, and `sparkline`
/// (`QUERY.column`, or `{data, column}`) for a small trend line.
struct KPIBlock: PageBlock {
    static let keys = ["data", "value", "title", "format", "comparison", "sparkline"]

    var data: String
    var value: String
    var title: String?
    var format = ValueFormat.plain
    var comparison: String?
    var sparkline: (query: String, column: String)?
    var location: SourceLocation

    init(_ raw: RawBlock) throws {
        let yaml = try YAMLNode.parse(raw.body, origin: raw.bodyStart)
        var data: String?, value: String?
        for (key, node, keyLocation) in try yaml.entries("a kpi block") {
            switch key {
            case "data": data = try node.string(key)
            case "value": value = try node.string(key)
            case "title": title = try node.string(key)
            case "format": format = try BlockParser.format(node)
            case "comparison": comparison = try node.string(key)
            case "sparkline": sparkline = try Self.sparkline(node)
            default: throw keyLocation.error(BlockParser.unknownKey(key, in: "kpi", expected: Self.keys))
            }
        }
        guard let data else { throw raw.fence.error("a kpi block needs 'data: QUERY'") }
        guard let value else { throw raw.fence.error("a kpi block needs 'value: COLUMN'") }
        self.data = data
        self.value = value
        self.location = raw.fence
    }

    private static func sparkline(_ node: YAMLNode) throws -> (String, String) {
        if node.isMapping {
            var q: String?, c: String?
            for (key, v, kl) in try node.entries("sparkline") {
                switch key {
                case "data": q = try v.string(key)
                case "column", "value": c = try v.string(key)
                default: throw kl.error(BlockParser.unknownKey(key, in: "kpi sparkline", expected: ["data", "column"]))
                }
            }
            guard let q, let c else { throw node.error("sparkline needs data and column") }
            return (q, c)
        }
        let text = try node.string("sparkline")
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw node.error("sparkline must be QUERY.column, not '\(text)'") }
        return (parts[0], parts[1])
    }

    var dependencies: [String] {
        var names = [data]
        if let s = sparkline { names.append(s.query) }
        return names
    }

    func check(_ context: BlockContext) throws { _ = try kpi(context) }

    /// The current value as the query gave it (it may be text) and the KPI: its label, value,
    /// the comparison as the baseline, the sparkline series as the trend.
    func kpi(_ context: BlockContext) throws -> (current: SQLValue, kpi: KPI) {
        let result = try context.result(data, at: location)
        let i = try context.column(value, of: data, in: result, at: location)
        let current = result.rows.first?[i] ?? .null
        var previous: Double?
        if let comparison {
            if let j = result.index(of: comparison) {
                previous = result.rows.first?[j].double
            } else if let other = context.results[comparison] {
                let j =
                    other.index(of: value) ?? other.columns.indices.first { k in other.rows.first?[k].double != nil }
                previous = j.flatMap { other.rows.first?[$0].double }
            } else {
                throw location.error(
                    "comparison '\(comparison)' is neither a column of '\(data)' nor a query on this page")
            }
        }
        var series: [Double] = []
        if let (q, c) = sparkline {
            let r = try context.result(q, at: location)
            let k = try context.column(c, of: q, in: r, at: location)
            series = r.rows.compactMap { $0[k].double }
        }
        let kpi = KPI(
            name: try context.text(title ?? value, at: location), value: current.double,
            baseline: previous.map { KPI.Baseline(label: "", value: $0) }, sparkline: series)
        return (current, kpi)
    }

    func html(_ context: BlockContext) throws -> String {
        let (current, kpi) = try kpi(context)
        var out = "<figure class=\"kpi\"><figcaption>\(HTML.escape(kpi.name))</figcaption>"
        out += "<p class=\"kpi-value\">\(HTML.escape(format.string(current)))</p>"
        if let change = kpi.change, let baseline = kpi.baseline {
            out +=
                "<p class=\"kpi-delta \(change.direction.rawValue)\">\(change.arrow) \(HTML.escape(change.text)) <span>vs \(HTML.escape(format.string(baseline.value)))</span></p>"
        }
        if kpi.hasTrend { out += Sparkline.svg(kpi.sparkline.compactMap { $0 }, label: "Trend of \(kpi.name)") }
        return out + "</figure>\n"
    }
}
