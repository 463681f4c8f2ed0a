import Engine
import Foundation

/// ` ```chart ` — a chart of a query, drawn at build time as inline SVG by the Engine's
/// `ChartBuilder` + `ChartRenderer`: `type`, `data`, `x`, `y` (one or a list), `series`, `size`,
/// `title`, `subtitle`, `format`, `stacked`, `normalized`, `horizontal`, `x_title`, `y_title`,
/// `legend`, `sort`, `limit`, `height`. With the `auto` theme both a light and a dark drawing are
/// embedded and CSS shows the one matching the reader's setting.
struct ChartBlock: PageBlock {
    static let keys = [
        "type", "data", "x", "y", "series", "size", "title", "subtitle", "format", "stacked", "normalized",
        "horizontal", "x_title", "y_title", "legend", "sort", "limit", "height",
    ]

    var type: ChartType
    var data: String
    var encoding: ChartEncoding
    var options: ChartOptions
    var location: SourceLocation

    init(_ raw: RawBlock) throws {
        let yaml = try YAMLNode.parse(raw.body, origin: raw.bodyStart)
        var type: ChartType?, data: String?
        var encoding = ChartEncoding()
        var options = ChartOptions()
        for (key, value, keyLocation) in try yaml.entries("a chart block") {
            switch key {
            case "type":
                let name = try value.string(key)
                guard let t = ChartType(rawValue: name), ![.kpi, .table].contains(t) else {
                    let names = ChartType.allCases.filter { ![.kpi, .table].contains($0) }.map(\.rawValue)
                    throw value.error("unknown chart type '\(name)' (expected one of \(names.joined(separator: ", ")))")
                }
                type = t
            case "data": data = try value.string(key)
            case "x": encoding.x = try value.string(key)
            case "y": encoding.y = try value.strings(key)
            case "series": encoding.series = try value.string(key)
            case "size": encoding.size = try value.string(key)
            case "title": options.title = try value.string(key)
            case "subtitle": options.subtitle = try value.string(key)
            case "x_title": options.xTitle = try value.string(key)
            case "y_title": options.yTitle = try value.string(key)
            case "stacked": options.stacked = try value.bool(key)
            case "normalized": options.normalized = try value.bool(key)
            case "horizontal": options.horizontal = try value.bool(key)
            case "height": options.height = try value.int(key)
            case "limit": encoding.limit = try value.int(key)
            case "format": options.numberFormat = try Self.numberFormat(value)
            case "legend":
                let name = try value.string(key)
                guard let l = ChartOptions.LegendPosition(rawValue: name) else {
                    throw value.error("legend must be top, bottom, right or none, not '\(name)'")
                }
                options.legend = l
            case "sort":
                let name = try value.string(key)
                guard let s = ChartEncoding.Sort(rawValue: name) else {
                    throw value.error("sort must be none, x, ascending or descending, not '\(name)'")
                }
                encoding.sort = s
            default: throw keyLocation.error(BlockParser.unknownKey(key, in: "chart", expected: Self.keys))
            }
        }
        guard let type else { throw raw.fence.error("a chart block needs 'type:' (line, bar, area, pie …)") }
        guard let data else { throw raw.fence.error("a chart block needs 'data: QUERY'") }
        self.type = type
        self.data = data
        self.encoding = encoding
        self.options = options
        self.location = raw.fence
    }

    static func numberFormat(_ node: YAMLNode) throws -> ValueFormat {
        let spec = try node.string("format")
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        switch parts[0] {
        case "number", "plain": return parts.count > 1 ? .fixed(Int(parts[1]) ?? 0) : .plain
        case "compact": return .compact
        case "percent": return .percent
        case "currency": return .currency(parts.count > 1 ? parts[1].uppercased() : "USD")
        default: throw node.error("unknown chart format '\(spec)' (expected number, compact, currency or percent)")
        }
    }

    var dependencies: [String] { [data] }

    func check(_ context: BlockContext) throws { _ = try chart(context) }

    func chart(_ context: BlockContext) throws -> ChartData {
        let result = try context.result(data, at: location)
        var options = self.options
        if let t = options.title { options.title = try context.text(t, at: location) }
        if let s = options.subtitle { options.subtitle = try context.text(s, at: location) }
        do {
            return try ChartBuilder.build(result, type: type, encoding: encoding, options: options)
        } catch let e as ChartError {
            throw location.error("chart of '\(data)': \(e)")
        }
    }

    func html(_ context: BlockContext) throws -> String {
        let chart = try chart(context)
        func draw(_ theme: Theme) -> String {
            let id = "chart-\(context.idPrefix)\(location.line)-\(theme.name)"
            return ChartRenderer.svg(chart, theme: theme)
                .replacingOccurrences(of: "\"chart-title chart-desc\"", with: "\"\(id)-title \(id)-desc\"")
                .replacingOccurrences(of: "id=\"chart-title\"", with: "id=\"\(id)-title\"")
                .replacingOccurrences(of: "id=\"chart-desc\"", with: "id=\"\(id)-desc\"")
        }
        var out = "<figure class=\"chart\">"
        switch context.theme {
        case .light: out += draw(.light)
        case .dark: out += draw(.dark)
        case .auto:
            out += "<div class=\"chart-light\">\(draw(.light))</div><div class=\"chart-dark\">\(draw(.dark))</div>"
        }
        out +=
            "<p class=\"table-foot\"><a href=\"\(HTML.escape(context.csvHref(data)))\" download>Data (CSV)</a></p></figure>\n"
        return out
    }
}
