import Foundation
import Testing

@testable import Generator

@Suite("Embedded templates")
struct EmbeddedTemplatesTests {
    @Test("EmbeddedTemplates.swift matches Templates/ (run scripts/embed-templates when this fails)")
    func fresh() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Templates")
        var files: [String: String] = [:]
        let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = e?.nextObject() as? URL {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else {
                continue
            }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(files.keys.sorted() == EmbeddedTemplates.files.keys.sorted())
        for (name, text) in files { #expect(EmbeddedTemplates.files[name] == text, "\(name) is stale") }
    }
}
