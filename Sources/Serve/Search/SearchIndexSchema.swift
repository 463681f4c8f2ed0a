import Foundation

/// The full-text index of charts, dashboards, data sources and users (migration 7, rebuilt with
/// an organization and type `scope` column by migration 10, see `SearchIndexSchema+Scope`, and
/// with the organization and type in the rowid instead by migration 12, see
/// `SearchIndexSchema+Ranges`).
///
/// `search_objects` holds one row per indexed object (its type, id, organization and what a
/// result shows); `search_index` is an FTS5 table with the same rowid holding the searched text
/// in three weighted columns (`title`, `body`, `extra`), tokenized with case and accent folding.
/// Triggers on the source tables keep both in step inside the transaction of every insert,
/// update and delete, so the index can never disagree with a committed write; the migration
/// fills them for the rows that exist. `search_terms` lists the index's terms (typo tolerance).
enum SearchIndexSchema {
    /// How one table feeds the index. Every expression is a constant SQL text over the row
    /// (`NEW.` / the table's columns), never user input.
    struct Source {
        let table: String
        let type: String
        /// The kind's number in the low bits of a rowid (migration 12).
        let code: Int64
        /// The half of an organization's rowids holding the kind's objects: 1 for users, 0 for
        /// the rest (migration 12).
        var half: Int64 { type == "user" ? 1 : 0 }
        let title: String
        let subtitle: String
        let body: String
        let extra: String
        /// The columns whose change re-indexes the row.
        let watched: [String]
    }

    static let sources: [Source] = [
        Source(
            table: "charts", type: "chart", code: 0, title: "coalesce(nullif(trim({row}title), ''), {row}query)",
            subtitle: "{row}query", body: "{row}query", extra: "''", watched: ["title", "query"]),
        Source(
            table: "dashboards", type: "dashboard", code: 1, title: "{row}name", subtitle: "{row}description",
            body: "coalesce({row}description, '')", extra: "''", watched: ["name", "description"]),
        Source(
            table: "data_sources", type: "data_source", code: 2, title: "{row}name", subtitle: "{row}description",
            body: "coalesce({row}description, '')",
            extra: """
                coalesce((SELECT group_concat(value, ' ') FROM json_each({row}tags)), '') || ' ' || \
                coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each({row}schema)), '')
                """,
            watched: ["name", "description", "tags", "schema"]),
        Source(
            table: "users", type: "user", code: 3,
            title: """
                coalesce(nullif(trim(coalesce({row}first_name, '') || ' ' || coalesce({row}last_name, '')), ''), \
                {row}username)
                """,
            subtitle: "{row}email", body: "{row}username || ' ' || {row}email", extra: "''",
            watched: ["first_name", "last_name", "username", "email"]),
    ]

    /// Column weights of `bm25()`: a word in the title counts most.
    static let weights = "10.0, 3.0, 1.0"

    /// The SQL of migration 7's search part (frozen: migration 10 rebuilds the index).
    static var version1: String {
        var sql = """
            CREATE TABLE search_objects(
                id INTEGER PRIMARY KEY, type TEXT NOT NULL, object_id TEXT NOT NULL, organization_id TEXT NOT NULL,
                title TEXT NOT NULL, subtitle TEXT, created_at INTEGER NOT NULL, UNIQUE(type, object_id));
            CREATE INDEX search_objects_by_organization ON search_objects(organization_id, type);
            CREATE VIRTUAL TABLE search_index USING fts5(
                title, body, extra, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
            CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'row');

            """
        for s in sources { sql += triggers(s) + backfill(s) }
        return sql
    }

    /// `expression` reading its columns from `row` (`NEW.` in triggers, `t.` in the backfill).
    static func on(_ row: String, _ expression: String) -> String {
        expression.replacingOccurrences(of: "{row}", with: row)
    }

    /// The update and delete triggers of `s`, the same in every generation of the index.
    static func updateAndDeleteTriggers(_ s: Source) -> String {
        let object = "(SELECT id FROM search_objects WHERE type = '\(s.type)' AND object_id = "
        return """
            CREATE TRIGGER \(s.table)_search_update AFTER UPDATE OF \(s.watched.joined(separator: ", ")) ON \(s.table) BEGIN
                UPDATE search_objects SET title = \(on("NEW.", s.title)), subtitle = \(on("NEW.", s.subtitle))
                WHERE type = '\(s.type)' AND object_id = NEW.id;
                UPDATE search_index SET title = \(on("NEW.", s.title)), body = \(on("NEW.", s.body)), extra = \(on("NEW.", s.extra))
                WHERE rowid = \(object)NEW.id);
            END;
            CREATE TRIGGER \(s.table)_search_delete AFTER DELETE ON \(s.table) BEGIN
                DELETE FROM search_index WHERE rowid = \(object)OLD.id);
                DELETE FROM search_objects WHERE type = '\(s.type)' AND object_id = OLD.id;
            END;

            """
    }

    static func triggers(_ s: Source) -> String {
        """
        CREATE TRIGGER \(s.table)_search_insert AFTER INSERT ON \(s.table) BEGIN
            INSERT INTO search_objects(type, object_id, organization_id, title, subtitle, created_at)
            VALUES ('\(s.type)', NEW.id, NEW.organization_id, \(on("NEW.", s.title)), \(on("NEW.", s.subtitle)), NEW.created_at);
            INSERT INTO search_index(rowid, title, body, extra)
            VALUES (last_insert_rowid(), \(on("NEW.", s.title)), \(on("NEW.", s.body)), \(on("NEW.", s.extra)));
        END;

        """ + updateAndDeleteTriggers(s)
    }

    static func backfill(_ s: Source) -> String {
        """
        INSERT INTO search_objects(type, object_id, organization_id, title, subtitle, created_at)
        SELECT '\(s.type)', t.id, t.organization_id, \(on("t.", s.title)), \(on("t.", s.subtitle)), t.created_at
        FROM \(s.table) t;
        INSERT INTO search_index(rowid, title, body, extra)
        SELECT o.id, \(on("t.", s.title)), \(on("t.", s.body)), \(on("t.", s.extra))
        FROM search_objects o JOIN \(s.table) t ON o.object_id = t.id WHERE o.type = '\(s.type)';

        """
    }
}
