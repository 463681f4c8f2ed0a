extension SearchIndexSchema {
    /// The `scope` token of an organization: `o` and the hex of its id's UTF-8 bytes (an id's
    /// `_` would split it into two tokens under `unicode61`).
    static func scopeToken(organization id: String) -> String {
        let digits = Array("0123456789abcdef")
        var token = "o"
        for byte in id.utf8 {
            token.append(digits[Int(byte >> 4)])
            token.append(digits[Int(byte & 0x0F)])
        }
        return token
    }

    /// The `scope` token of an object kind (`chart`, `data_source`, …): `k` and the kind
    /// without `_`.
    static func scopeToken(kind: String) -> String {
        "k" + kind.filter { $0 != "_" }
    }

    /// The SQL of migration 10 (frozen: migration 12 rebuilds the index without `scope`): the
    /// FTS5 table again with a fourth column, `scope`, holding the object's organization and kind
    /// as tokens, so that `MATCH` restricts to one organization
    /// and the kinds a caller may see before anything is ranked or counted, and with prefix
    /// indexes of 2, 3 and 4 letters. `search_objects` keeps its rows (and ids); the triggers
    /// are replaced to fill `scope`; `search_terms` lists terms per column so the vocabulary
    /// of typo tolerance can leave the scope tokens out.
    static var version2: String {
        var sql = ""
        for s in sources {
            for event in ["insert", "update", "delete"] {
                sql += "DROP TRIGGER IF EXISTS \(s.table)_search_\(event);\n"
            }
        }
        sql += """
            DROP TABLE IF EXISTS search_terms;
            DROP TABLE IF EXISTS search_index;
            CREATE VIRTUAL TABLE search_index USING fts5(
                title, body, extra, scope, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
            CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'col');

            """
        for s in sources { sql += scopedTriggers(s) + reindex(s) }
        return sql + "INSERT INTO search_index(search_index) VALUES ('optimize');\n"
    }

    /// The `scope` text of an object of `s` in the organization column `organization`.
    static func scope(_ s: Source, organization: String) -> String {
        "'o' || lower(hex(\(organization))) || ' \(scopeToken(kind: s.type))'"
    }

    static func scopedTriggers(_ s: Source) -> String {
        """
        CREATE TRIGGER \(s.table)_search_insert AFTER INSERT ON \(s.table) BEGIN
            INSERT INTO search_objects(type, object_id, organization_id, title, subtitle, created_at)
            VALUES ('\(s.type)', NEW.id, NEW.organization_id, \(on("NEW.", s.title)), \(on("NEW.", s.subtitle)), NEW.created_at);
            INSERT INTO search_index(rowid, title, body, extra, scope)
            VALUES (last_insert_rowid(), \(on("NEW.", s.title)), \(on("NEW.", s.body)), \(on("NEW.", s.extra)),
                    \(scope(s, organization: "NEW.organization_id")));
        END;

        """ + updateAndDeleteTriggers(s)
    }

    static func reindex(_ s: Source) -> String {
        """
        INSERT INTO search_index(rowid, title, body, extra, scope)
        SELECT o.id, \(on("t.", s.title)), \(on("t.", s.body)), \(on("t.", s.extra)), \(scope(s, organization: "o.organization_id"))
        FROM search_objects o JOIN \(s.table) t ON o.object_id = t.id WHERE o.type = '\(s.type)';

        """
    }
}
