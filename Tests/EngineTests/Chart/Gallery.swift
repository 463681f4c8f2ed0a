import Foundation

@testable import Engine

/// The chart gallery of `site/gallery/gallery.json`, read from the source tree.
struct Gallery {
    struct Entry: Decodable {
        var name: String
        var chart: ChartData
        var width: Int?
        var height: Int?
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = root.appendingPathComponent("Tests/EngineTests/Fixtures/charts")

    static func load() throws -> [Entry] {
        let data = try Data(contentsOf: root.appendingPathComponent("site/gallery/gallery.json"))
        return try JSONDecoder().decode([Entry].self, from: data)
    }

    /// The SVG of `entry` in `theme`.
    static func render(_ entry: Entry, theme: String) -> String {
        var chart = entry.chart
        chart.options.theme = theme
        return ChartRenderer.svg(chart, width: entry.width, height: entry.height)
    }
}
