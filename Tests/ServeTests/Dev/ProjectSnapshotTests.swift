import Foundation
import TestSupport
import Testing

@testable import Serve

@Suite("Project snapshot")
struct ProjectSnapshotTests {
    @Test("finds added, edited and removed files; skips hidden entries, backups and the top-level out/")
    func changes() throws {
        let dir = try TemporaryDirectory("aiser-snapshot")
        defer { dir.remove() }
        for name in ["aiser.yml", "pages/index.md", "pages/s/a.md", "data/x.csv", "pages/out/b.md"] {
            try dir.write(name, "v1")
        }
        for name in [
            ".aiser-cache/dev/site/index.html", "out/index.html", ".git/HEAD", "pages/.a.md.swp", "pages/index.md~",
        ] {
            try dir.write(name, "v1")
        }
        let first = ProjectSnapshot.scan(dir.url)
        #expect(
            first.files.keys.sorted() == [
                "aiser.yml", "data/x.csv", "pages/index.md", "pages/out/b.md", "pages/s/a.md",
            ])
        #expect(ProjectSnapshot.scan(dir.url).changes(since: first).isEmpty)

        try dir.write("pages/s/a.md", "version 2")
        try dir.write("pages/new.md", "new")
        try FileManager.default.removeItem(atPath: dir.path("data/x.csv"))
        for name in [".aiser-cache/dev/site/index.html", "out/index.html", "pages/.a.md.swp"] {
            try dir.write(name, "v2")
        }
        #expect(ProjectSnapshot.scan(dir.url).changes(since: first) == ["data/x.csv", "pages/new.md", "pages/s/a.md"])
    }

    @Test("a same-size rewrite is seen through its modification time")
    func sameSize() throws {
        let dir = try TemporaryDirectory("aiser-snapshot")
        defer { dir.remove() }
        let path = try dir.write("pages/index.md", "aaaa")
        let first = ProjectSnapshot.scan(dir.url)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        try dir.write("pages/index.md", "bbbb")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: path)
        #expect(ProjectSnapshot.scan(dir.url).changes(since: first) == ["pages/index.md"])
    }
}
