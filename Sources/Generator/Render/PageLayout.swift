import Engine
import Mustache

/// Wraps a page body in the site layout (`Templates/page.mustache`) with the inlined CSS.
struct PageLayout: Sendable {
    let template: MustacheTemplate
    let css: String
    let printCSS: String

    init() throws {
        template = try MustacheTemplate(string: EmbeddedTemplates.files["page.mustache"] ?? "")
        css = EmbeddedTemplates.files["style.css"] ?? ""
        printCSS = EmbeddedTemplates.files["print.css"] ?? ""
    }

    func html(_ page: EvaluatedPage, navigation: Navigation, config: ProjectConfig) -> String {
        let instance = page.instance
        return html(
            title: instance.title, site: config.title, theme: config.theme,
            description: instance.page.file.front.description,
            body: page.body, nav: navigation.html(current: instance.route, rootPrefix: instance.rootPrefix),
            root: instance.rootPrefix, isStatic: true)
    }

    /// Any page in the site layout: a built page (`isStatic`: site link and manifest) or a page
    /// served by `aiser serve` (no site navigation). `body` and `nav` are HTML; the rest is text.
    func html(
        title: String, site: String, theme: PageTheme, description: String?, body: String, nav: String = "",
        root: String = "", isStatic: Bool
    ) -> String {
        var values: [String: Any] = [
            "title": title,
            "site": site,
            "theme": theme.rawValue,
            "version": Version.current,
            "root": root,
            "css": css,
            "printCSS": printCSS,
            "nav": nav,
            "body": body,
            "static": isStatic,
        ]
        if let description { values["description"] = description }
        return template.render(values)
    }
}
