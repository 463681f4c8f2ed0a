import Engine
import Foundation

extension SourceAsker {
    /// Every row of the source's table, in file order.
    func rows(of source: DataSourceRecord) async throws -> QueryResult {
        let path = files.url(of: source.id).path
        let table = source.tableName
        return try await DataController.offload {
            try Connection(path: path, mode: .readOnly).query("SELECT * FROM \(Identifier.quote(table)) ORDER BY rowid")
        }
    }

    /// The numeric column a question asks about: the measure the NL engine reads from it,
    /// else the numeric column whose name words appear in it (`nil` when none or several do).
    func target(of question: String, source: DataSourceRecord) async -> String? {
        let path = files.url(of: source.id).path
        let table = source.tableName
        let numeric = source.schema.filter {
            $0.type == ColumnType.integer.rawValue || $0.type == ColumnType.decimal.rawValue
        }.map(\.name)
        let understood = try? await DataController.offload { () -> String? in
            let db = try Connection(path: path, mode: .readOnly)
            let plan = try Asker(connection: db, tables: [table], rollupThreshold: nil).understand(question)
            return plan.query.measures.first?.column
        }
        if let column = understood ?? nil, numeric.contains(column) { return column }
        let words = Set(Self.words(question))
        let hits = numeric.filter { !Set(Self.words($0)).isDisjoint(with: words) }
        return hits.count == 1 ? hits[0] : nil
    }

    /// Lowercased words, with a plural `s` dropped: `total_Sales` → `total`, `sale`.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { w in
            w.count > 3 && w.hasSuffix("s") ? String(w.dropLast()) : String(w)
        }
    }
}
