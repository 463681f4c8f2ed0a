import Foundation
import TestSupport
import Testing

@testable import Generator

/// The columnar query path changes nothing in the output: every file of a build equals the
/// same build with every query on SQLite.
@Suite("Columnar builds")
struct ColumnarBuildTests {
    func build(_ folder: String, columnar: Bool, into tmp: TemporaryDirectory) async throws -> BuildReport {
        let name = columnar ? "columnar" : "sqlite"
        let options = BuildOptions(
            output: tmp.url.appendingPathComponent(name), cacheFolder: tmp.url.appendingPathComponent("cache-\(name)"),
            columnar: columnar)
        return try await Builder(project: ExamplesTests.repo.appendingPathComponent(folder), options: options).build()
    }

    @Test(
        "examples build byte for byte as on SQLite, every query on the columnar path",
        arguments: ["examples/sales", "examples/weather"])
    func identical(_ folder: String) async throws {
        let tmp = try TemporaryDirectory("aiser-columnar")
        defer { tmp.remove() }
        let fast = try await build(folder, columnar: true, into: tmp)
        let slow = try await build(folder, columnar: false, into: tmp)
        #expect(slow.columnarQueries == 0)
        #expect(fast.executedQueries == slow.executedQueries)
        if folder == "examples/sales" { #expect(fast.columnarQueries == fast.executedQueries) }
        let a = tmp.url.appendingPathComponent("columnar"), b = tmp.url.appendingPathComponent("sqlite")
        let files = FileManager.default.enumerator(atPath: a.path)?.compactMap { $0 as? String } ?? []
        #expect(files.count > 10)
        for file in files where !file.hasSuffix("/") {
            var isDirectory: ObjCBool = false
            guard
                FileManager.default.fileExists(atPath: a.appendingPathComponent(file).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            let x = try Data(contentsOf: a.appendingPathComponent(file))
            let y = try Data(contentsOf: b.appendingPathComponent(file))
            #expect(x == y, "\(folder): \(file) differs")
        }
    }
}
