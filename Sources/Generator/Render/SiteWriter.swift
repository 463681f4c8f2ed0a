/// Lays out every evaluated page, its exports and the manifest as output files.
struct SiteWriter {
    var config: ProjectConfig
    var dataHash: String

    func files(_ pages: [EvaluatedPage], _ instances: [PageInstance]) throws -> [(path: String, content: String)] {
        let layout = try PageLayout()
        let navigation = Navigation(instances)
        var files: [(path: String, content: String)] = []
        var manifest = Manifest(dataHash: dataHash)
        for page in pages {
            let html = layout.html(page, navigation: navigation, config: config)
            let route = page.instance.route
            files.append((route + ".html", html))
            manifest.pages.append((route, page.instance.page.file.source, page.instance.title, Manifest.sha256(html)))
            for q in page.queries { manifest.queries.append((route, q.name, q.variant, q.rows, q.key)) }
            files += page.exports
        }
        manifest.files = files.map { ($0.path, Manifest.sha256($0.content)) }
        for page in pages {
            if let pdf = page.pdf { manifest.files.append((page.instance.route + ".pdf", Manifest.sha256(pdf))) }
        }
        files.append(("manifest.json", manifest.json()))
        return files
    }
}
