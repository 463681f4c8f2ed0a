import Engine

/// `SearchRepository` on the metadata database's FTS5 index.
struct SQLiteSearchRepository: SearchRepository {
    let db: MetadataStore

    /// The matches of `?1` in organization `?2` among the kinds listed in `?3` (` chart user `).
    static let matches = """
        FROM search_index JOIN search_objects o ON o.id = search_index.rowid
        WHERE search_index MATCH ?1 AND o.organization_id = ?2 AND instr(?3, ' ' || o.type || ' ') > 0
        """

    func search(_ query: SearchQuery, page: Page) async throws -> (hits: [SearchHit], total: Int) {
        try await db.read { c in
            guard let match = try SearchTerms.expression(for: query.text, on: c).text, !query.types.isEmpty else {
                return ([], 0)
            }
            let kinds = " " + query.types.map(\.kind).joined(separator: " ") + " "
            let values: [SQLValue] = [.text(match), .text(query.organizationID), .text(kinds)]
            let total = try c.firstRow("SELECT count(*) \(Self.matches)", values)?.first?.int ?? 0
            guard total > 0 else { return ([], 0) }
            let rows = try c.rows(
                """
                SELECT o.type, o.object_id, o.title, o.subtitle, bm25(search_index, \(SearchIndexSchema.weights)) AS score,
                       o.created_at
                \(Self.matches) ORDER BY score, o.id LIMIT ?4 OFFSET ?5
                """, values + [.integer(Int64(page.limit)), .integer(Int64(page.offset))])
            let hits = rows.map { r in
                SearchHit(
                    kind: r.text(0), id: r.text(1), title: r.text(2), subtitle: r.optionalText(3),
                    bm25: r[4].double ?? 0, createdAt: r.int64(5))
            }
            return (hits, Int(total))
        }
    }

    /// The SQL condition "`column` is the id of a `kind` object matching `text`" and its value,
    /// for the text filters of the list endpoints (`0` when the text has no words).
    static func filter(column: String, kind: String, text: String, on reader: MetadataReader) throws -> (
        clause: String, values: [SQLValue]
    ) {
        guard let match = try SearchTerms.expression(for: text, on: reader).text else { return ("0", []) }
        return (
            """
            \(column) IN (SELECT o.object_id FROM search_index JOIN search_objects o ON o.id = search_index.rowid
            WHERE search_index MATCH ? AND o.type = ?)
            """, [.text(match), .text(kind)]
        )
    }
}
