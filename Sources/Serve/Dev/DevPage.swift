import Engine
import Generator

/// The pages the dev server makes itself: the build error and "not found". Every piece of text
/// in them goes through `Escape.html`.
enum DevPage {
    static let style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
        main{max-width:960px;margin:3rem auto;padding:0 1.5rem}h1{font-size:1.4rem;margin:0 0 1rem}
        pre{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;overflow:auto;font:13px/1.5 ui-monospace,monospace}
        pre.error{border-color:#d33;color:#a00;white-space:pre-wrap}.hit{background:#fde8e8;display:block}
        .no{color:#999;user-select:none}.hint{color:#666}
        @media (prefers-color-scheme:dark){body{background:#161616;color:#ddd}pre{background:#1e1e1e;border-color:#333}
        pre.error{color:#f88}.hit{background:#3a1d1d}}
        """

    /// The page shown instead of every page while the last build failed.
    static func buildError(_ error: GeneratorError, excerpt: SourceExcerpt?) -> String {
        var body = "<h1>Build failed</h1>\n<pre class=\"error\">\(Escape.html(error.description))</pre>\n"
        if let excerpt {
            let width = String(excerpt.lines.last?.number ?? 0).count
            let rows = excerpt.lines.map { line -> String in
                let number = String(repeating: " ", count: width - String(line.number).count) + String(line.number)
                let text = "<span class=\"no\">\(number) │ </span>\(Escape.html(line.text))"
                guard line.number == excerpt.errorLine else { return text }
                let caret = String(repeating: " ", count: width + 3 + excerpt.column - 1) + "^"
                return "<span class=\"hit\">\(text)\n\(caret)</span>"
            }
            body += "<pre class=\"excerpt\">\(rows.joined(separator: "\n"))</pre>\n"
        }
        body += "<p class=\"hint\">Fix the file and save: this page reloads by itself.</p>"
        return document(title: "Build failed", body: body)
    }

    /// The 404 page for `path` (as requested).
    static func notFound(_ path: String) -> String {
        document(
            title: "Not found",
            body: "<h1>Not found</h1>\n<p>Nothing is built at <code>\(Escape.html(path))</code>.</p>\n"
                + "<p><a href=\"/\">Back to the first page</a></p>")
    }

    private static func document(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escape.html(title)) · aiser dev</title>
        <style>\(style)</style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
