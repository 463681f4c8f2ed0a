import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// CSV ("formula") injection: text a spreadsheet would run, stored as data, comes out of the CSV
/// export as inert text (prefixed with `'`), in the header as in the cells.
@Suite("Attack battery: formula injection in CSV exports")
struct AttackFormulaTests {
    static let hostile = [
        "=1+1", "+SUM(1;2)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "=HYPERLINK(\"http://evil.test\";\"x\")",
        "=cmd|' /C notepad'!'A1'", "\t=1+2",
    ]

    /// The first field of a CSV line, quotes removed.
    static func firstField(_ line: Substring) -> String {
        guard line.hasPrefix("\"") else { return String(line.prefix { $0 != "," }) }
        var out = "", quoted = true, i = line.index(after: line.startIndex)
        while i < line.endIndex {
            let ch = line[i]
            if quoted, ch == "\"" {
                let next = line.index(after: i)
                if next < line.endIndex, line[next] == "\"" {
                    out.append("\"")
                    i = line.index(after: next)
                    continue
                }
                quoted = false
            } else if !quoted, ch == "," {
                break
            } else {
                out.append(ch)
            }
            i = line.index(after: i)
        }
        return out
    }

    @Test("every formula-looking value is exported as text starting with a quote mark")
    func csvExport() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let rows = Self.hostile.enumerated().map { i, v in
                "\"\(v.replacingOccurrences(of: "\"", with: "\"\""))\",\(i + 1)"
            }
            let csv = "product,revenue\n" + rows.joined(separator: "\n") + "\n"
            let up = try await c.upload("formulas.csv", csv, token: admin, fields: [("data_source_name", "formulas")])
            let source = try #require(up.data["data_source_id"] as? String)
            let chart = try await c.createChart("total revenue by product", source: source, token: admin)
            let export = try await c.call(.get, "/api/v1/export/chart/\(chart)?format=csv", token: admin)
            #expect(export.status == .ok)
            let lines = export.body.split(separator: "\n").dropFirst()
            #expect(lines.count == Self.hostile.count, "\(export.body)")
            let dangerous = Set("=+-@\t\r".unicodeScalars)
            for line in lines {
                let field = Self.firstField(line)
                let first = field.unicodeScalars.first
                #expect(first == "'" || first.map { !dangerous.contains($0) } ?? true, "runnable cell: \(line)")
                #expect(field.hasPrefix("'"), "a hostile value lost its quote mark: \(line)")
            }
        }
    }
}
