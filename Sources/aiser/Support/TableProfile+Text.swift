import Engine
import Foundation

extension TableProfile {
    /// The profile as a terminal table plus a line of table statistics.
    func textSummary() -> String {
        let rows: [[SQLValue]] = columns.map { c in
            [
                .text(c.name), .text(c.type.rawValue), .text(c.nullable ? "yes" : "no"),
                .integer(Int64(c.uniqueValues)), .text(c.min.map(\.text) ?? ""), .text(c.max.map(\.text) ?? ""),
                .text(c.mean.map(\.text) ?? ""), .text(c.sampleValues.prefix(3).joined(separator: ", ")),
            ]
        }
        let names = ["column", "type", "nullable", "unique", "min", "max", "mean", "samples"]
        let table = QueryResult(
            columns: names.map { .init(name: $0, type: $0 == "unique" ? .integer : .string) }, rows: rows)
        let stats =
            "\(totalRows) rows, completeness \(percent(completeness)), data quality score \(percent(dataQualityScore))\n"
        return TextTable().render(table) + stats
    }

    private func percent(_ x: Double) -> String { ValueFormat.percent.string(x) }
}

extension ProfileValue {
    /// The value as a table cell: integers as they are, other numbers by `ValueFormat.plain`
    /// (thousands separators, two decimals), as every table writes them.
    var text: String {
        switch self {
        case .integer(let i): return String(i)
        case .number(let d): return ValueFormat.plain.string(d)
        case .text(let s): return s
        }
    }
}
