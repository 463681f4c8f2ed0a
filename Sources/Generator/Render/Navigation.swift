/// The site navigation: top-level pages first, then one section per folder.
struct Navigation: Sendable {
    struct Entry: Sendable {
        var route: String
        var title: String
    }

    struct Section: Sendable {
        var name: String
        var entries: [Entry]
    }

    var sections: [Section]

    init(_ instances: [PageInstance]) {
        var sections: [Section] = []
        for instance in instances where !instance.page.file.front.hidden {
            let name = instance.page.file.section
            let entry = Entry(route: instance.route, title: instance.title)
            if let i = sections.firstIndex(where: { $0.name == name }) {
                sections[i].entries.append(entry)
            } else {
                sections.append(Section(name: name, entries: [entry]))
            }
        }
        self.sections = sections
    }

    /// The navigation as HTML for the page at `current`, with links relative to it.
    func html(current: String, rootPrefix: String) -> String {
        var out = "<nav aria-label=\"Pages\"><ul>"
        for section in sections {
            if !section.name.isEmpty {
                out += "<li class=\"section\"><span>\(HTML.escape(Slug.readable(section.name)))</span><ul>"
            }
            for entry in section.entries {
                let mark = entry.route == current ? " aria-current=\"page\"" : ""
                out +=
                    "<li><a href=\"\(HTML.escape(rootPrefix + entry.route)).html\"\(mark)>\(HTML.escape(entry.title))</a></li>"
            }
            if !section.name.isEmpty { out += "</ul></li>" }
        }
        return out + "</ul></nav>"
    }
}
