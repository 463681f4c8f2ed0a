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
        #expect(fast.columnarQueries == fast.executedQueries)
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

/// Pages grouping by a SQLite date function over a text column run on the columnar path.
@Suite("Columnar builds with SQLite functions")
struct ColumnarFunctionBuildTests {
    @Test("a page grouping by strftime('%Y-%m', …) runs columnar and shows SQLite's months")
    func strftimeGroupBy() async throws {
        let project = try ProjectFixture([
            "aiser.yml": "title: Shop\nsources:\n  orders: data/orders.csv\n",
            "data/orders.csv":
                "order_date,revenue\n2024-01-05,10\n2024-01-20,5.5\n2024-02-01,7\nnot a date,1\n,2\n2024-02-29,3\n",
            "pages/index.md": """
            ---
            title: Months
            ---

            ```sql months
            SELECT strftime('%Y-%m', order_date) AS month, SUM(revenue) AS revenue
            FROM orders GROUP BY month ORDER BY month
            ```

            {{ months.month }} {{ months.revenue }}
            """,
        ])
        func build(columnar: Bool) async throws -> (BuildReport, String) {
            let out = project.url.appendingPathComponent(columnar ? "fast" : "slow")
            let options = BuildOptions(
                output: out, cacheFolder: project.url.appendingPathComponent(columnar ? "c1" : "c2"),
                columnar: columnar)
            let report = try await Builder(project: project.url, options: options).build()
            return (report, try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8))
        }
        let (fast, fastPage) = try await build(columnar: true)
        let (slow, slowPage) = try await build(columnar: false)
        #expect(fast.executedQueries == 1)
        #expect(fast.columnarQueries == 1)
        #expect(slow.columnarQueries == 0)
        #expect(fastPage == slowPage)
        // The first month is NULL: the malformed and the empty date (revenue 1 + 2).
        #expect(fastPage.contains("<p> 3</p>"))
    }
}
