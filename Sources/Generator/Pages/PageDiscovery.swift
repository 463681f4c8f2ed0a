import Foundation

/// Finds and parses every page under `pages/`.
enum PageDiscovery {
    static func pages(root: ProjectRoot) throws -> [PageFile] {
        let dir = root.url.appendingPathComponent("pages")
        guard FileManager.default.fileExists(atPath: dir.path) else {
            throw GeneratorError(path: "pages", "the project has no pages/ folder")
        }
        var pages: [PageFile] = []
        for relative in try SourceDiscovery.files(under: dir).sorted() where relative.hasSuffix(".md") {
            let source = "pages/" + relative
            let url = try root.resolve(source, at: SourceLocation(path: source, line: 1))
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw GeneratorError(path: source, "the page is not readable UTF-8 text")
            }
            let (front, segments) = try PageParser.parse(text, path: source)
            let route = String(relative.dropLast(3))
            let parts = route.split(separator: "/").map(String.init)
            for folder in parts.dropLast() where folder.contains("[") {
                throw GeneratorError(
                    path: source, "only the file name of a page may be a [parameter], not the folder '\(folder)'")
            }
            let stem = parts.last ?? route
            var parameter: String?
            if stem.hasPrefix("[") && stem.hasSuffix("]") {
                let name = String(stem.dropFirst().dropLast())
                guard front.params.contains(where: { $0.name == name }) else {
                    throw GeneratorError(
                        path: source, line: 1, column: 1,
                        "templated page [\(name)] needs 'params: {\(name): \"SELECT …\"}' in its front matter")
                }
                parameter = name
            } else if stem.contains("[") || stem.contains("]") {
                throw GeneratorError(path: source, "a templated page is named [parameter].md, not '\(stem).md'")
            }
            if parameter == nil, let first = front.params.first {
                throw first.location.error("params are only used by templated pages named [\(first.name)].md")
            }
            if let parameter, let other = front.params.first(where: { $0.name != parameter }) {
                throw other.location.error("a templated page takes one parameter, named like the file ([\(parameter)])")
            }
            pages.append(
                PageFile(
                    source: source, route: route, section: parts.dropLast().joined(separator: "/"),
                    templateParameter: parameter, front: front, segments: segments))
        }
        if pages.isEmpty { throw GeneratorError(path: "pages", "the pages/ folder has no .md pages") }
        return pages.sorted { a, b in
            if a.section != b.section { return a.section.isEmpty || (!b.section.isEmpty && a.section < b.section) }
            let ai = a.route.hasSuffix("index"), bi = b.route.hasSuffix("index")
            if ai != bi { return ai }
            let ao = a.front.order ?? Int.max, bo = b.front.order ?? Int.max
            if ao != bo { return ao < bo }
            return a.route < b.route
        }
    }
}
