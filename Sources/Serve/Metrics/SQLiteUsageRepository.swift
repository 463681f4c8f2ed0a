import Engine

/// `UsageRepository` on the metadata database.
struct SQLiteUsageRepository: UsageRepository {
    let db: MetadataStore

    /// Days in "this week" and "this month": the 7 and 30 UTC days ending today.
    static let weekDays: Int64 = 7
    static let monthDays: Int64 = 30

    func add(_ batch: [UsageCounters.Key: UsageCounters.Tally]) async throws {
        guard !batch.isEmpty else { return }
        let rows = Array(batch)
        _ = try await db.write { c in
            try c.transaction {
                for (key, t) in rows {
                    _ = try c.run(
                        """
                        INSERT INTO request_counts(day, user_id, organization_id, requests, errors, seconds, ai_queries,
                                                   ai_failures, ai_seconds)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT(day, user_id) DO UPDATE SET requests = requests + ?4, errors = errors + ?5,
                            seconds = seconds + ?6, ai_queries = ai_queries + ?7, ai_failures = ai_failures + ?8,
                            ai_seconds = ai_seconds + ?9
                        """,
                        [
                            .integer(key.day), .text(key.userID), .text(key.organizationID),
                            .integer(Int64(t.requests)), .integer(Int64(t.errors)), .real(t.seconds),
                            .integer(Int64(t.aiQueries)), .integer(Int64(t.aiFailures)), .real(t.aiSeconds),
                        ])
                }
            }
        }
    }

    func heartbeat(at epoch: Int64) async throws {
        _ = try await db.write { c in
            try c.run("INSERT OR IGNORE INTO heartbeats(minute) VALUES (?)", [.integer(Self.minute(of: epoch))])
        }
    }

    static func minute(of epoch: Int64) -> Int64 { epoch >= 0 ? epoch / 60 : (epoch - 59) / 60 }

    func platform(at epoch: Int64) async throws -> PlatformMetrics {
        try await db.read { c in
            let today = UsageCounters.day(of: epoch)
            let days: [SQLValue] = [
                .integer(today), .integer(today - Self.weekDays + 1), .integer(today - Self.monthDays + 1),
            ]
            let starts: [SQLValue] = [
                .integer(today * 86_400), .integer((today - Self.weekDays + 1) * 86_400),
                .integer((today - Self.monthDays + 1) * 86_400),
            ]
            var m = PlatformMetrics()
            let active = "SELECT count(DISTINCT user_id) FROM request_counts WHERE user_id != '' AND day >= ?"
            m.users = try window(
                c, total: ("SELECT count(*) FROM users", []), each: active, days)
            m.charts = try window(
                c, total: ("SELECT count(*) FROM charts", []),
                each: "SELECT count(*) FROM activity WHERE kind = 'chart_created' AND at >= ?", starts)
            let ai = "SELECT coalesce(sum(ai_queries), 0) FROM request_counts WHERE user_id = '' AND day >= ?"
            m.aiQueries = try window(c, total: (ai, [.integer(Int64.min)]), each: ai, days)
            if let r = try c.firstRow(
                """
                SELECT coalesce(sum(requests), 0), coalesce(sum(errors), 0), coalesce(sum(seconds), 0)
                FROM request_counts WHERE user_id = '' AND day >= ?
                """, [days[2]])
            {
                let requests = Double(r.int64(0))
                m.averageResponseTime = requests > 0 ? (r[2].double ?? 0) / requests : 0
                m.errorRate = requests > 0 ? 100 * Double(r.int64(1)) / requests : 0
            }
            m.uptimePercentage = try uptime(c, at: epoch)
            return m
        }
    }

    /// A total and its today / this week / this month counts (`each` takes the window's start).
    func window(_ c: MetadataReader, total: (String, [SQLValue]), each: String, _ starts: [SQLValue]) throws
        -> PlatformMetrics.Window
    {
        func count(_ sql: String, _ values: [SQLValue]) throws -> Int {
            Int(try c.firstRow(sql, values)?.first?.int ?? 0)
        }
        return PlatformMetrics.Window(
            total: try count(total.0, total.1), today: try count(each, [starts[0]]),
            week: try count(each, [starts[1]]), month: try count(each, [starts[2]]))
    }

    /// The share of the last 30 days' minutes (or of those since the first heartbeat, when
    /// later) with a heartbeat, in percent.
    func uptime(_ c: MetadataReader, at epoch: Int64) throws -> Double {
        let now = Self.minute(of: epoch)
        guard let first = try c.firstRow("SELECT min(minute) FROM heartbeats")?.first?.int else { return 0 }
        let start = max(first, now - Self.monthDays * 1_440 + 1)
        guard now >= start else { return 100 }
        let beats =
            try c.firstRow(
                "SELECT count(*) FROM heartbeats WHERE minute >= ? AND minute <= ?", [.integer(start), .integer(now)]
            )?.first?.int ?? 0
        return 100 * Double(beats) / Double(now - start + 1)
    }

    func user(_ userID: String, at epoch: Int64) async throws -> UserMetrics {
        try await db.read { c in
            let monthStart = (UsageCounters.day(of: epoch) - Self.monthDays + 1) * 86_400
            guard
                let r = try c.firstRow(
                    """
                    SELECT
                      (SELECT count(*) FROM activity WHERE user_id = ?1 AND kind = 'chart_created'),
                      (SELECT coalesce(sum(amount), 0) FROM activity WHERE user_id = ?1 AND kind = 'upload'),
                      (SELECT max(at) FROM activity WHERE user_id = ?1 AND kind = 'login'),
                      (SELECT count(*) FROM activity WHERE user_id = ?1 AND kind = 'login' AND at >= ?2),
                      (SELECT coalesce(sum(last_seen_at - created_at), 0) FROM sessions WHERE user_id = ?1),
                      coalesce(sum(requests), 0), coalesce(sum(ai_queries), 0), coalesce(sum(ai_failures), 0),
                      coalesce(sum(ai_seconds), 0)
                    FROM request_counts WHERE user_id = ?1
                    """, [.text(userID), .integer(monthStart)])
            else { return UserMetrics() }
            let ai = Int(r.int64(6))
            return UserMetrics(
                chartsCreated: Int(r.int64(0)), aiQueries: ai, bytesUploaded: r.int64(1), apiCalls: Int(r.int64(5)),
                lastLogin: r.optionalInt64(2), loginsThisMonth: Int(r.int64(3)), sessionSeconds: r.int64(4),
                averageQueryTime: ai > 0 ? (r[8].double ?? 0) / Double(ai) : nil,
                successRate: ai > 0 ? Double(ai - Int(r.int64(7))) / Double(ai) : nil)
        }
    }
}
