import Engine

/// `SearchRepository` on the metadata database's FTS5 index.
///
/// The organization and the visible kinds are part of the `MATCH` (the `scope` column), so FTS5
/// narrows to them while it walks its posting lists: counting needs no join. Ranking is bounded:
/// when more than `rankedCandidates` objects match, bm25 ranks the `rankedCandidates` most
/// recently indexed of them (the highest rowids) and the older matches follow, newest first.
/// `total` still counts every match. Past the bound, the ranking `MATCH` leaves the scope out
/// (bm25 reads every posting of every phrase once per query for its IDF, and the scope phrase
/// holds the whole organization) and filters the rowid window by organization and kind instead;
/// the scope phrase weighs 0, so the scores are the same either way.
struct SQLiteSearchRepository: SearchRepository {
    let db: MetadataStore
    /// The index's terms for typo tolerance, kept while the index is unchanged.
    let vocabulary = SearchVocabulary()

    /// The most matches bm25 ranks per query (see the type's summary).
    static let rankedCandidates = 1_000

    /// One page of the ranked matches (`?1` the expression, rowid ≥ `?2`), best first.
    static let rankedPage = """
        SELECT o.type, o.object_id, o.title, o.subtitle, r.score, o.created_at
        FROM (SELECT rowid AS id, bm25(search_index, \(SearchIndexSchema.scopedWeights)) AS score FROM search_index
              WHERE search_index MATCH ?1 AND rowid >= ?2 ORDER BY score, rowid LIMIT ?3 OFFSET ?4) r
        JOIN search_objects o ON o.id = r.id ORDER BY r.score, r.id
        """

    /// One page of the ranked matches past the bound: `?1` the words alone, rowid ≥ `?2`, of
    /// organization `?3` and the kinds listed in `?4` (` chart user `).
    static let windowPage = """
        SELECT o.type, o.object_id, o.title, o.subtitle, bm25(search_index, \(SearchIndexSchema.scopedWeights)) AS score,
               o.created_at
        FROM search_index CROSS JOIN search_objects o ON o.id = search_index.rowid
        WHERE search_index MATCH ?1 AND search_index.rowid >= ?2 AND o.organization_id = ?3
              AND instr(?4, ' ' || o.type || ' ') > 0
        ORDER BY score, o.id LIMIT ?5 OFFSET ?6
        """

    /// One page of the matches past the ranked ones (rowid < `?2`), newest first.
    static let restPage = """
        SELECT o.type, o.object_id, o.title, o.subtitle, r.score, o.created_at
        FROM (SELECT rowid AS id, bm25(search_index, \(SearchIndexSchema.scopedWeights)) AS score FROM search_index
              WHERE search_index MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3 OFFSET ?4) r
        JOIN search_objects o ON o.id = r.id ORDER BY r.id DESC
        """

    func search(_ query: SearchQuery, page: Page) async throws -> (hits: [SearchHit], total: Int) {
        try await db.read { [vocabulary] c in
            guard !query.types.isEmpty,
                let match = try SearchTerms.expression(for: query.text, on: c, vocabulary: vocabulary).text
            else { return ([], 0) }
            let expression = Self.scoped(match, organizationID: query.organizationID, types: query.types)
            // One snapshot for the count, the cut and the page.
            try c.connection.execute("BEGIN")
            defer { try? c.connection.execute("COMMIT") }
            let total = Int(
                try c.firstRow(
                    "SELECT count(*) FROM search_index WHERE search_index MATCH ?1", [.text(expression)])?.first?.int
                    ?? 0)
            guard total > page.offset else { return ([], total) }
            var cut: Int64 = 0
            if total > Self.rankedCandidates {
                cut =
                    try c.firstRow(
                        "SELECT rowid FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2",
                        [.text(expression), .integer(Int64(Self.rankedCandidates - 1))])?.first?.int ?? 0
            }
            let ranked = min(total, Self.rankedCandidates), end = page.offset + page.limit
            var hits: [SearchHit] = []
            if page.offset < ranked {
                let count = Int64(min(end, ranked) - page.offset), offset = Int64(page.offset)
                if cut > 0 {
                    let kinds = " " + query.types.map(\.kind).joined(separator: " ") + " "
                    hits += try c.rows(
                        Self.windowPage,
                        [
                            .text(Self.columns(match)), .integer(cut), .text(query.organizationID), .text(kinds),
                            .integer(count), .integer(offset),
                        ]
                    ).map(Self.hit)
                } else {
                    hits += try c.rows(
                        Self.rankedPage, [.text(expression), .integer(0), .integer(count), .integer(offset)]
                    ).map(Self.hit)
                }
            }
            if end > ranked {
                let start = max(page.offset, ranked)
                hits += try c.rows(
                    Self.restPage,
                    [.text(expression), .integer(cut), .integer(Int64(end - start)), .integer(Int64(start - ranked))]
                ).map(Self.hit)
            }
            return (hits, total)
        }
    }

    /// `match` (the user's words) in the searched columns, within the organization's scope and,
    /// unless every kind is asked for, one of `types`.
    static func scoped(_ match: String, organizationID: String, types: [SearchType]) -> String {
        var scope = SearchExpression.quoted(SearchIndexSchema.scopeToken(organization: organizationID))
        if Set(types) != Set(SearchType.allCases) {
            let kinds = types.map { SearchExpression.quoted(SearchIndexSchema.scopeToken(kind: $0.kind)) }
            scope += " AND (" + kinds.joined(separator: " OR ") + ")"
        }
        return "\(columns(match)) AND scope : (\(scope))"
    }

    /// `match` (the user's words) in the searched columns only.
    static func columns(_ match: String) -> String { "\(SearchIndexSchema.searchedColumns) : (\(match))" }

    static func hit(_ r: [SQLValue]) -> SearchHit {
        SearchHit(
            kind: r.text(0), id: r.text(1), title: r.text(2), subtitle: r.optionalText(3), bm25: r[4].double ?? 0,
            createdAt: r.int64(5))
    }

    /// The SQL condition "`column` is the id of a `kind` object matching `text`" and its value,
    /// for the text filters of the list endpoints (`0` when the text has no words).
    static func filter(column: String, kind: String, text: String, on reader: MetadataReader) throws -> (
        clause: String, values: [SQLValue]
    ) {
        guard let match = try SearchTerms.expression(for: text, on: reader).text else { return ("0", []) }
        return (
            """
            \(column) IN (SELECT o.object_id FROM search_index CROSS JOIN search_objects o ON o.id = search_index.rowid
            WHERE search_index MATCH ? AND o.type = ?)
            """, [.text(columns(match)), .text(kind)]
        )
    }
}
