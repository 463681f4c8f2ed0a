/// The recorded facts behind `GET /metrics/platform` and `/metrics/user/{id}` (migration 7).
///
/// - `activity`: one row per login, chart creation and upload (`amount` = bytes), written by
///   triggers inside the transaction of the change itself (and by the data replacement).
/// - `request_counts`: per UTC day and user, requests, 5xx errors, seconds spent answering and
///   the natural-language requests among them, added in batches from memory (`UsageCounters`);
///   the row with `user_id = ''` counts every request of the server.
/// - `heartbeats`: one row per minute the server was running (uptime).
enum UsageSchema {
    static let migration = """
        CREATE TABLE activity(
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL, organization_id TEXT NOT NULL, user_id TEXT NOT NULL,
            amount INTEGER NOT NULL DEFAULT 0, at INTEGER NOT NULL);
        CREATE INDEX activity_by_kind ON activity(kind, at);
        CREATE INDEX activity_by_user ON activity(user_id, kind, at);
        CREATE TABLE request_counts(
            day INTEGER NOT NULL, user_id TEXT NOT NULL, organization_id TEXT NOT NULL,
            requests INTEGER NOT NULL, errors INTEGER NOT NULL, seconds REAL NOT NULL,
            ai_queries INTEGER NOT NULL, ai_failures INTEGER NOT NULL, ai_seconds REAL NOT NULL,
            PRIMARY KEY(day, user_id));
        CREATE TABLE heartbeats(minute INTEGER PRIMARY KEY);
        CREATE TRIGGER charts_activity AFTER INSERT ON charts BEGIN
            INSERT INTO activity(kind, organization_id, user_id, at)
            VALUES ('chart_created', NEW.organization_id, NEW.user_id, NEW.created_at);
        END;
        CREATE TRIGGER data_sources_activity AFTER INSERT ON data_sources BEGIN
            INSERT INTO activity(kind, organization_id, user_id, amount, at)
            VALUES ('upload', NEW.organization_id, NEW.user_id, NEW.file_size, NEW.created_at);
        END;
        CREATE TRIGGER users_login_activity AFTER UPDATE OF last_login ON users WHEN NEW.last_login IS NOT NULL BEGIN
            INSERT INTO activity(kind, organization_id, user_id, at)
            VALUES ('login', NEW.organization_id, NEW.id, NEW.last_login);
        END;
        INSERT INTO activity(kind, organization_id, user_id, at)
            SELECT 'chart_created', organization_id, user_id, created_at FROM charts;
        INSERT INTO activity(kind, organization_id, user_id, amount, at)
            SELECT 'upload', organization_id, user_id, file_size, created_at FROM data_sources;
        INSERT INTO activity(kind, organization_id, user_id, at)
            SELECT 'login', organization_id, id, last_login FROM users WHERE last_login IS NOT NULL;

        """
}
