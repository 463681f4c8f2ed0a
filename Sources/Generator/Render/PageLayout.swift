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
        var values: [String: Any] = [
            "title": instance.title,
            "site": config.title,
            "theme": config.theme.rawValue,
            "version": Version.current,
            "root": instance.rootPrefix,
            "css": css,
            "printCSS": printCSS,
            "nav": navigation.html(current: instance.route, rootPrefix: instance.rootPrefix),
            "body": page.body,
        ]
        if let description = instance.page.file.front.description { values["description"] = description }
        return template.render(values)
    }
}
