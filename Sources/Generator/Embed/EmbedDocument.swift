import Crypto
import Engine
import Foundation
import Mustache

/// A chart or dashboard as a small embeddable page: the stylesheet of `aiser build` output and the
/// chart(s) drawn by the same figure code as built pages and served dashboards, already in the
/// HTML (first paint needs no script). With `events`, a small inline script opens that
/// Server-Sent Events URL and swaps each `render` event's HTML in place, and reports the page's
/// height to an embedding page (`embed.js`) by `postMessage`.
///
/// ```swift
/// let page = try EmbedDocument(title: "Revenue", body: EmbedDocument.body(chart: chart, theme: .light)).html()
/// ```
public struct EmbedDocument: Sendable {
    public var title: String
    public var theme: PageTheme
    /// HTML from `body(chart:theme:)` or `body(dashboard:)`.
    public var body: String
    /// The Server-Sent Events URL of live updates (a path with its token), or nil for a still page.
    public var events: String?

    public init(title: String, theme: PageTheme = .light, body: String, events: String? = nil) {
        self.title = title
        self.theme = theme
        self.body = body
        self.events = events
    }

    /// The inline script of a live page (also what `scriptHash` hashes).
    public static let script = EmbeddedTemplates.files["embed-live.js"] ?? ""

    /// `embed.js`, the script an embedding page loads: `<div data-aiser-embed="URL">` becomes an
    /// iframe of that URL sized to its content.
    public static let loader = EmbeddedTemplates.files["embed.js"] ?? ""

    /// The `script-src` source allowing exactly the inline script (`'sha256-…'`).
    public static let scriptHash: String = {
        let digest = SHA256.hash(data: Data(script.utf8))
        return "'sha256-\(Data(digest).base64EncodedString())'"
    }()

    /// The page as one self-contained HTML document.
    public func html() throws -> String {
        let template = try MustacheTemplate(string: EmbeddedTemplates.files["embed.mustache"] ?? "")
        var values: [String: Any] = [
            "title": title, "theme": theme.rawValue, "version": Version.current,
            "css": EmbeddedTemplates.files["style.css"] ?? "", "body": body, "script": Self.script,
        ]
        if let events { values["events"] = events }
        return template.render(values)
    }

    /// The drawing of one chart, as a built page's figure.
    public static func body(chart: ChartData, theme: PageTheme) -> String {
        "<figure class=\"chart\">\(ChartFigure.variants(chart, pageTheme: theme, id: "embed"))</figure>\n"
    }

    /// The grid of a dashboard, as its served page draws it.
    public static func body(dashboard: DashboardDocument) -> String { dashboard.body() }

    /// A short message in place of a drawing (a chart that can no longer be drawn).
    public static func body(message: String) -> String {
        "<p class=\"embed-message\">\(HTML.escape(message))</p>\n"
    }
}
