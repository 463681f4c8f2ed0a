import Engine
import Foundation
import TestSupport

@testable import Generator

/// A throwaway project folder: write files, add a SQLite table, build it.
struct ProjectFixture {
    let dir: TemporaryDirectory

    init(_ files: [String: String] = [:]) throws {
        dir = try TemporaryDirectory("aiser-gen")
        for (name, text) in files { try dir.write(name, text) }
    }

    var url: URL { dir.url }

    func write(_ name: String, _ text: String) throws { try dir.write(name, text) }

    /// A `data/<name>.sqlite` database holding one table `name` with `rows`.
    func table(_ name: String, columns: [(String, String)], rows: [[SQLValue]], file: String? = nil) throws {
        let path = dir.path(file ?? "data/\(name).sqlite")
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let db = try Connection(path: path)
        let defs = columns.map { "\(Identifier.quote($0.0)) \($0.1)" }.joined(separator: ", ")
        try db.execute("CREATE TABLE \(Identifier.quote(name)) (\(defs))")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ",")
        for row in rows { try db.run("INSERT INTO \(Identifier.quote(name)) VALUES (\(marks))", row) }
    }

    /// The standard small sales table: region, product, month, revenue.
    func sales() throws {
        try table(
            "sales", columns: [("region", "TEXT"), ("product", "TEXT"), ("month", "TEXT"), ("revenue", "REAL")],
            rows: [
                ["North", "Widget", "2024-01", 100], ["North", "Gadget", "2024-02", 250.5],
                ["South", "Widget", "2024-01", 80], ["South", "Gadget", "2024-02", 20],
                ["East West", "Widget", "2024-02", 5],
            ])
    }

    @discardableResult
    func build(out: String = "out", write: Bool = true) async throws -> BuildReport {
        try await Builder(
            project: url, options: BuildOptions(output: url.appendingPathComponent(out), writeOutput: write)
        )
        .build()
    }

    /// The build error, or nil when the build succeeds.
    func buildError() async -> GeneratorError? {
        do {
            _ = try await build()
            return nil
        } catch let e as GeneratorError {
            return e
        } catch {
            return GeneratorError(path: "?", "unexpected \(error)")
        }
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
    }

    func remove() { dir.remove() }
}
