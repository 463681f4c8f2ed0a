import Engine

/// The numbered migrations of the metadata database; `PRAGMA user_version` records how many ran.
enum Migrations {
    static let all: [String] = [
        // 1: organizations, users, login sessions, refresh tokens, API keys, API call counters.
        """
        CREATE TABLE organizations(
            id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, domain TEXT, plan TEXT NOT NULL,
            status TEXT NOT NULL, settings TEXT NOT NULL, created_at INTEGER NOT NULL);
        CREATE TABLE users(
            id TEXT PRIMARY KEY, organization_id TEXT NOT NULL REFERENCES organizations(id),
            email TEXT NOT NULL UNIQUE COLLATE NOCASE, username TEXT NOT NULL, password_hash TEXT NOT NULL,
            first_name TEXT, last_name TEXT, role TEXT NOT NULL, platform_admin INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL, preferences TEXT NOT NULL, charts_created INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL, last_login INTEGER);
        CREATE INDEX users_by_organization ON users(organization_id, created_at);
        CREATE TABLE sessions(
            id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
            revoked_at INTEGER);
        CREATE INDEX sessions_by_user ON sessions(user_id);
        CREATE TABLE refresh_tokens(
            hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL, used_at INTEGER);
        CREATE TABLE api_keys(
            id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            organization_id TEXT NOT NULL, name TEXT NOT NULL, prefix TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
            role TEXT, created_at INTEGER NOT NULL, last_used_at INTEGER, revoked_at INTEGER);
        CREATE INDEX api_keys_by_user ON api_keys(user_id);
        CREATE TABLE api_calls(
            organization_id TEXT NOT NULL, month TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY(organization_id, month));
        """,
        // 2: data sources (one SQLite file each under sources/).
        """
        CREATE TABLE data_sources(
            id TEXT PRIMARY KEY, organization_id TEXT NOT NULL REFERENCES organizations(id),
            user_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT, file_name TEXT NOT NULL,
            table_name TEXT NOT NULL, file_type TEXT NOT NULL, file_size INTEGER NOT NULL, row_count INTEGER NOT NULL,
            column_count INTEGER NOT NULL, schema TEXT NOT NULL, profile TEXT NOT NULL, tags TEXT NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE INDEX data_sources_by_organization ON data_sources(organization_id, created_at);
        """,
        // 3: charts answered by the NL engine (chart_data and insights as JSON).
        """
        CREATE TABLE charts(
            id TEXT PRIMARY KEY, organization_id TEXT NOT NULL REFERENCES organizations(id),
            user_id TEXT NOT NULL, data_source_id TEXT NOT NULL, query TEXT NOT NULL, title TEXT,
            chart_type TEXT NOT NULL, options TEXT NOT NULL, chart_data TEXT NOT NULL, insights TEXT NOT NULL,
            interpretation TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE INDEX charts_by_organization ON charts(organization_id, created_at);
        """,
        // 4: answers of the AI endpoints (intelligent analyses, workflow runs) as JSON.
        """
        CREATE TABLE ai_results(
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, organization_id TEXT NOT NULL REFERENCES organizations(id),
            user_id TEXT NOT NULL, data_source_id TEXT NOT NULL, result TEXT NOT NULL, created_at INTEGER NOT NULL);
        CREATE INDEX ai_results_by_organization ON ai_results(organization_id, created_at);
        """,
        // 5: dashboards (layout and settings as JSON).
        """
        CREATE TABLE dashboards(
            id TEXT PRIMARY KEY, organization_id TEXT NOT NULL REFERENCES organizations(id),
            user_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT, layout TEXT NOT NULL,
            settings TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE INDEX dashboards_by_organization ON dashboards(organization_id, created_at);
        """,
        // 6: webhooks (secrets sealed) and the delivery outbox.
        """
        CREATE TABLE webhooks(
            id TEXT PRIMARY KEY, organization_id TEXT NOT NULL REFERENCES organizations(id), user_id TEXT NOT NULL,
            name TEXT NOT NULL, url TEXT NOT NULL, events TEXT NOT NULL, secret TEXT NOT NULL,
            active INTEGER NOT NULL, failure_count INTEGER NOT NULL DEFAULT 0, disabled_reason TEXT,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE INDEX webhooks_by_organization ON webhooks(organization_id, active);
        CREATE TABLE webhook_deliveries(
            id TEXT PRIMARY KEY, webhook_id TEXT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL, event TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, response_code INTEGER, duration_ms INTEGER, error TEXT,
            next_attempt_at INTEGER, created_at INTEGER NOT NULL, delivered_at INTEGER);
        CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);
        CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries(webhook_id, created_at);
        """,
        // 7: the full-text search index, and the recorded facts of the JSON metrics.
        SearchIndexSchema.version1 + UsageSchema.migration,
        // 8: embed generations: a revocation bumps a chart's or dashboard's, refusing older tokens.
        """
        CREATE TABLE IF NOT EXISTS embed_generations(
            resource_type TEXT NOT NULL, resource_id TEXT NOT NULL, organization_id TEXT NOT NULL,
            generation INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY(resource_type, resource_id));
        """,
        // 9: chart sharing (`settings.public`) and a version counter every change of a chart bumps.
        """
        ALTER TABLE charts ADD COLUMN public INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE charts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        """,
        // 10: the search index rebuilt with each object's organization and type in a `scope`
        // column (filtering and counting inside FTS5) and a 4-letter prefix index.
        SearchIndexSchema.version2,
        // 11: warehouse sources: the connection (JSON, no password) and the password sealed with
        // the warehouse key (AES-GCM); both NULL for uploaded files.
        """
        ALTER TABLE data_sources ADD COLUMN connection TEXT;
        ALTER TABLE data_sources ADD COLUMN password_sealed TEXT;
        """,
        // 12: the search index rebuilt with each object's organization and kind in its rowid
        // (an organization is a rowid range FTS5 seeks; no `scope` phrase to intersect).
        SearchIndexSchema.version3,
    ]

    /// Runs every migration not yet applied, each in its own transaction.
    static func run(on db: Connection) throws {
        let current = Int(try db.query("PRAGMA user_version").rows.first?.first?.int ?? 0)
        for (index, sql) in all.enumerated() where index >= current {
            try db.transaction {
                try db.execute(sql)
                try db.execute("PRAGMA user_version = \(index + 1)")
            }
        }
    }
}
