/// One Markdown file under `pages/`, parsed.
struct PageFile: Sendable {
    /// Path relative to the project root (`pages/regions/[region].md`), used in errors.
    var source: String
    /// Output path without extension, relative to the site root (`regions/[region]`).
    var route: String
    /// The folder the page is in (`regions`), empty at the top level; it names a navigation section.
    var section: String
    /// The template parameter of a `[name].md` page.
    var templateParameter: String?
    var front: FrontMatter
    var segments: [PageSegment]

    /// The page title: front matter `title`, else the file name made readable.
    var title: String {
        if let t = front.title { return t }
        let stem = route.split(separator: "/").last.map(String.init) ?? route
        if stem == "index" { return section.isEmpty ? "Home" : Slug.readable(section) }
        return Slug.readable(stem)
    }
}
