import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("Dev site paths")
struct SitePathTests {
    /// A site folder with pages, an export, a hidden file and links inside and outside, next to
    /// a secret file outside it.
    static func site() throws -> (TemporaryDirectory, URL) {
        let dir = try TemporaryDirectory("aiser-sitepath")
        try dir.write("secret.txt", "secret")
        for name in ["site/index.html", "site/about.html", "site/x/index.html", "site/x/y.html", "site/data/x/q.csv"] {
            try dir.write(name, name)
        }
        try dir.write("site/.hidden", "hidden")
        let site = dir.url.appendingPathComponent("site").resolvingSymlinksInPath()
        let fm = FileManager.default
        try fm.createSymbolicLink(at: site.appendingPathComponent("out"), withDestinationURL: dir.url)
        try fm.createSymbolicLink(
            at: site.appendingPathComponent("leak.txt"),
            withDestinationURL: dir.url.appendingPathComponent("secret.txt"))
        try fm.createSymbolicLink(
            at: site.appendingPathComponent("alias.html"), withDestinationURL: site.appendingPathComponent("about.html")
        )
        return (dir, site)
    }

    @Test(
        "maps / to index.html, /x/ to x/index.html, /x to x or x.html, and /x to /x/ when only x/index.html exists",
        arguments: [
            ("/", "index.html"), ("/index.html", "index.html"), ("/about", "about.html"), ("/about.html", "about.html"),
            ("/x/", "x/index.html"), ("/x/y", "x/y.html"), ("/x//y", "x/y.html"), ("/data/x/q.csv", "data/x/q.csv"),
            ("/alias.html", "alias.html"), ("/%61bout", "about.html"),
        ])
    func mapping(path: String, file: String) throws {
        let (dir, site) = try Self.site()
        defer { dir.remove() }
        #expect(SitePath.resolve(path, in: site) == .file(site.appendingPathComponent(file)))
    }

    @Test("redirects a folder without its slash, and reports what is missing")
    func redirectsAndMissing() throws {
        let (dir, site) = try Self.site()
        defer { dir.remove() }
        #expect(SitePath.resolve("/x", in: site) == .redirect("/x/"))
        #expect(SitePath.resolve("//x", in: site) == .redirect("/x/"), "never a protocol-relative //host redirect")
        #expect(SitePath.resolve("/data/", in: site) == .notFound)
        #expect(SitePath.resolve("/data", in: site) == .notFound)
        #expect(SitePath.resolve("/nope", in: site) == .notFound)
        #expect(SitePath.resolve("x", in: site) == .notFound)
    }

    @Test(
        "refuses dot segments, encoded or not, hidden names, encoded slashes, NUL, and symlinks out of the site",
        arguments: [
            "/..", "/../secret.txt", "/x/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2e/secret.txt",
            "/.%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/x/%2e%2e%2f%2e%2e%2fsecret.txt",
            "/..%5csecret.txt", "/.hidden", "/about.html%00", "/%", "/out/secret.txt", "/leak.txt", "/./index.html",
        ])
    func refused(path: String) throws {
        let (dir, site) = try Self.site()
        defer { dir.remove() }
        #expect(SitePath.resolve(path, in: site) == .forbidden)
    }

    @Test(
        "content types by extension",
        arguments: [
            ("a.html", "text/html; charset=utf-8"), ("style.CSS", "text/css; charset=utf-8"),
            ("c.svg", "image/svg+xml"),
            ("d.csv", "text/csv; charset=utf-8"), ("e.json", "application/json"), ("f.pdf", "application/pdf"),
            ("g.png", "image/png"), ("h", "application/octet-stream"), ("i.bin", "application/octet-stream"),
        ])
    func contentTypes(name: String, type: String) {
        #expect(ContentType.of(name) == type)
    }
}
