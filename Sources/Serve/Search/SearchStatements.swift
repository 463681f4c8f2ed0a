/// The statements of `SQLiteSearchRepository.search`. Each binds the `MATCH` expression to `?1`,
/// the lowest and highest rowid to `?2` and `?3` (an organization's range, or part of it) and
/// the kinds to `?4` as a bit set of `SearchIndexSchema.Source.code`s.
struct SearchStatements: Sendable {
    /// How many objects match.
    let count: String
    /// The rowid of the `?5`-th newest match (from 0): the oldest of the ranked ones.
    let cut: String
    /// One page (`?5` rows from `?6`) of the matches, best first.
    let rankedPage: String
    /// One page (`?5` rows from `?6`) of the matches, newest first.
    let restPage: String

    /// The statements when every kind is asked for: `?4 = ?4` only names `?4` (SQLite tests it
    /// once, before the scan).
    static let any = SearchStatements(kindTest: "")
    /// The statements keeping only the kinds in `?4` (a test on two bits of every match).
    static let kinds = SearchStatements(
        kindTest: " AND (?4 >> (search_index.rowid & \((1 << SearchIndexSchema.kindBits) - 1))) & 1")

    init(kindTest: String) {
        let matches = "search_index MATCH ?1 AND search_index.rowid BETWEEN ?2 AND ?3 AND ?4 = ?4\(kindTest)"
        let score = "bm25(search_index, \(SearchIndexSchema.weights))"
        count = "SELECT count(*) FROM search_index WHERE \(matches)"
        cut = "SELECT rowid FROM search_index WHERE \(matches) ORDER BY rowid DESC LIMIT 1 OFFSET ?5"
        rankedPage = """
            SELECT o.type, o.object_id, o.title, o.subtitle, r.score, o.created_at
            FROM (SELECT rowid AS id, \(score) AS score FROM search_index
                  WHERE \(matches) ORDER BY score, rowid LIMIT ?5 OFFSET ?6) r
            JOIN search_objects o ON o.id = r.id ORDER BY r.score, r.id
            """
        restPage = """
            SELECT o.type, o.object_id, o.title, o.subtitle, r.score, o.created_at
            FROM (SELECT rowid AS id, \(score) AS score FROM search_index
                  WHERE \(matches) ORDER BY rowid DESC LIMIT ?5 OFFSET ?6) r
            JOIN search_objects o ON o.id = r.id ORDER BY r.id DESC
            """
    }
}
