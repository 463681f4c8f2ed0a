extension SearchIndexSchema {
    /// The bits of a rowid below its organization's: the object's number within the organization
    /// and, in the lowest `kindBits`, its kind (see `version3`).
    static let organizationShift: Int64 = 40
    /// The bits of a rowid holding the object's kind (`Source.code`).
    static let kindBits: Int64 = 2
    /// The bit of a rowid that puts an object in the upper half of its organization's range
    /// (`Source.half`).
    static let halfShift: Int64 = 39

    /// The kind code (`Source.code`) of a `search_objects.type`, `nil` for an unknown one.
    static func code(ofKind kind: String) -> Int64? {
        sources.first { $0.type == kind }.map(\.code)
    }

    /// The rowids of organization `ordinal`: `ordinal << 40` up to the next organization's.
    static func rowids(ofOrganization ordinal: Int64) -> ClosedRange<Int64> {
        (ordinal << organizationShift)...(((ordinal + 1) << organizationShift) - 1)
    }

    /// The rowids of the objects of organization `ordinal` in `half` (0 or 1) of its range.
    static func rowids(ofOrganization ordinal: Int64, half: Int64) -> ClosedRange<Int64> {
        let first = (ordinal << organizationShift) + (half << halfShift)
        return first...(first + (1 << halfShift) - 1)
    }

    /// The narrowest rowid range of organization `ordinal` holding the objects of `kinds` (their
    /// codes), and whether objects of other kinds share it (then each match's kind is tested).
    static func rowids(ofOrganization ordinal: Int64, kinds: Set<Int64>) -> (
        range: ClosedRange<Int64>, mixed: Bool
    ) {
        let halves = Set(sources.filter { kinds.contains($0.code) }.map(\.half))
        let shared = Set(sources.filter { halves.contains($0.half) }.map(\.code))
        guard halves.count == 1, let half = halves.first else {
            return (rowids(ofOrganization: ordinal), shared != kinds)
        }
        return (rowids(ofOrganization: ordinal, half: half), shared != kinds)
    }

    /// The SQL of migration 12: the organization and the kind move from the `scope` phrase into
    /// the rowid. `search_organizations` numbers the organizations (from 1); an object's rowid
    /// (in `search_objects` and `search_index`) is `ordinal << 40 | half << 39 | n << 2 | kind`,
    /// with `half` 1 for users and 0 for the rest, `n` counting up within the organization's half
    /// (so rowid order is the order of indexing, users after everything else) and `kind` the
    /// source's `code`. One organization is then one rowid range, which FTS5 seeks in its posting
    /// lists instead of intersecting them with a phrase that holds every object of the
    /// organization; so are all its kinds but users (what a caller who may not list users sees)
    /// and its users; any other set of kinds is a test on two bits of each match. The FTS5 table
    /// loses its `scope` column (and `search_terms` lists terms per row again); existing objects
    /// are renumbered in their indexing order and re-indexed.
    static var version3: String {
        var sql = ""
        for s in sources {
            for event in ["insert", "update", "delete"] {
                sql += "DROP TRIGGER IF EXISTS \(s.table)_search_\(event);\n"
            }
        }
        let kind = "CASE type " + sources.map { "WHEN '\($0.type)' THEN \($0.code) " }.joined() + "END"
        let half = "CASE type " + sources.map { "WHEN '\($0.type)' THEN \($0.half) " }.joined() + "END"
        sql += """
            DROP TABLE IF EXISTS search_terms;
            DROP TABLE IF EXISTS search_index;
            CREATE TABLE search_organizations(ordinal INTEGER PRIMARY KEY, organization_id TEXT NOT NULL UNIQUE);
            INSERT INTO search_organizations(organization_id)
            SELECT DISTINCT organization_id FROM search_objects ORDER BY organization_id;
            DROP INDEX IF EXISTS search_objects_by_organization;
            ALTER TABLE search_objects RENAME TO search_objects_numbered_once;
            CREATE TABLE search_objects(
                id INTEGER PRIMARY KEY, type TEXT NOT NULL, object_id TEXT NOT NULL, organization_id TEXT NOT NULL,
                title TEXT NOT NULL, subtitle TEXT, created_at INTEGER NOT NULL, UNIQUE(type, object_id));
            INSERT INTO search_objects(id, type, object_id, organization_id, title, subtitle, created_at)
            SELECT (g.ordinal << \(organizationShift)) + ((\(half)) << \(halfShift))
                   + (row_number() OVER (PARTITION BY o.organization_id, \(half) ORDER BY o.id) << \(kindBits))
                   + \(kind),
                   o.type, o.object_id, o.organization_id, o.title, o.subtitle, o.created_at
            FROM search_objects_numbered_once o JOIN search_organizations g ON g.organization_id = o.organization_id;
            DROP TABLE search_objects_numbered_once;
            CREATE VIRTUAL TABLE search_index USING fts5(
                title, body, extra, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
            CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'row');

            """
        for s in sources { sql += rangedTriggers(s) + reindexRanged(s) }
        return sql + "INSERT INTO search_index(search_index) VALUES ('optimize');\n"
    }

    /// The next rowid of an object of `s` in the organization of `NEW.organization_id` (after
    /// `search_organizations` has a row for it): one past the highest number in its half.
    static func nextRowid(_ s: Source) -> String {
        let first = "((g.ordinal << \(organizationShift)) + \(s.half << halfShift))"
        return """
            (SELECT (((coalesce((SELECT max(id) FROM search_objects
                                 WHERE id BETWEEN \(first) AND \(first) + \((Int64(1) << halfShift) - 1)),
                                \(first)) >> \(kindBits)) + 1) << \(kindBits)) + \(s.code)
             FROM search_organizations g WHERE g.organization_id = NEW.organization_id)
            """
    }

    static func rangedTriggers(_ s: Source) -> String {
        """
        CREATE TRIGGER \(s.table)_search_insert AFTER INSERT ON \(s.table) BEGIN
            INSERT INTO search_organizations(organization_id) SELECT NEW.organization_id
            WHERE NOT EXISTS (SELECT 1 FROM search_organizations WHERE organization_id = NEW.organization_id);
            INSERT INTO search_objects(id, type, object_id, organization_id, title, subtitle, created_at)
            VALUES (\(nextRowid(s)), '\(s.type)', NEW.id, NEW.organization_id, \(on("NEW.", s.title)),
                    \(on("NEW.", s.subtitle)), NEW.created_at);
            INSERT INTO search_index(rowid, title, body, extra)
            VALUES (last_insert_rowid(), \(on("NEW.", s.title)), \(on("NEW.", s.body)), \(on("NEW.", s.extra)));
        END;

        """ + updateAndDeleteTriggers(s)
    }

    static func reindexRanged(_ s: Source) -> String {
        """
        INSERT INTO search_index(rowid, title, body, extra)
        SELECT o.id, \(on("t.", s.title)), \(on("t.", s.body)), \(on("t.", s.extra))
        FROM search_objects o JOIN \(s.table) t ON o.object_id = t.id WHERE o.type = '\(s.type)';

        """
    }
}
