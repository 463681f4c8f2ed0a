import Engine

/// `SearchRepository` on the metadata database's FTS5 index.
///
/// An object's rowid holds its organization and kind (`SearchIndexSchema.version3`): the
/// organization (and, within it, everything but users, or users) is a rowid range, which FTS5
/// seeks in its posting lists, and any other set of kinds a test on the rowid's low bits, so
/// neither counting nor ranking joins anything.
/// Ranking is bounded: when more than `rankedCandidates` objects match, bm25 ranks the
/// `rankedCandidates` most recently indexed of them (the highest rowids) and the older matches
/// follow, newest first. `total` still counts every match.
struct SQLiteSearchRepository: SearchRepository {
    let db: MetadataStore
    /// The index's terms for typo tolerance and word completion, kept while the index is unchanged.
    let vocabulary = SearchVocabulary()

    /// The most matches bm25 ranks per query (see the type's summary).
    static let rankedCandidates = 1_000

    func search(_ query: SearchQuery, page: Page) async throws -> (hits: [SearchHit], total: Int) {
        try await db.read { [vocabulary] c in
            // One snapshot for the vocabulary, the count, the cut and the page.
            try c.connection.execute("BEGIN")
            defer { try? c.connection.execute("COMMIT") }
            let kinds = Set(query.types.compactMap { SearchIndexSchema.code(ofKind: $0.kind) })
            guard !kinds.isEmpty,
                let ordinal = try c.firstRow(
                    "SELECT ordinal FROM search_organizations WHERE organization_id = ?", [.text(query.organizationID)]
                )?.first?.int,
                let match = try SearchTerms.expression(for: query.text, on: c, vocabulary: vocabulary).text
            else { return ([], 0) }
            let (all, mixed) = SearchIndexSchema.rowids(ofOrganization: ordinal, kinds: kinds)
            let mask = SQLValue.integer(kinds.reduce(0) { $0 | (1 << $1) })
            let sql = mixed ? SearchStatements.kinds : .any
            func bound(_ low: Int64, _ high: Int64) -> [SQLValue] {
                [.text(match), .integer(low), .integer(high), mask]
            }
            let total = Int(try c.firstRow(sql.count, bound(all.lowerBound, all.upperBound))?.first?.int ?? 0)
            guard total > page.offset else { return ([], total) }
            var cut = all.lowerBound
            if total > Self.rankedCandidates {
                let newest = bound(all.lowerBound, all.upperBound) + [.integer(Int64(Self.rankedCandidates - 1))]
                cut = try c.firstRow(sql.cut, newest)?.first?.int ?? all.lowerBound
            }
            let ranked = min(total, Self.rankedCandidates), end = page.offset + page.limit
            var hits: [SearchHit] = []
            if page.offset < ranked {
                let window: [SQLValue] = [
                    .integer(Int64(min(end, ranked) - page.offset)), .integer(Int64(page.offset)),
                ]
                hits += try c.rows(sql.rankedPage, bound(cut, all.upperBound) + window).map(Self.hit)
            }
            if end > ranked {
                let start = max(page.offset, ranked)
                let window: [SQLValue] = [.integer(Int64(end - start)), .integer(Int64(start - ranked))]
                hits += try c.rows(sql.restPage, bound(all.lowerBound, cut - 1) + window).map(Self.hit)
            }
            return (hits, total)
        }
    }

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
        guard let code = SearchIndexSchema.code(ofKind: kind),
            let match = try SearchTerms.expression(for: text, on: reader).text
        else { return ("0", []) }
        return (
            """
            \(column) IN (SELECT o.object_id FROM search_index CROSS JOIN search_objects o ON o.id = search_index.rowid
            WHERE search_index MATCH ? AND (search_index.rowid & \((1 << SearchIndexSchema.kindBits) - 1)) = ?)
            """, [.text(match), .integer(code)]
        )
    }
}
