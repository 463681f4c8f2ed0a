import Engine
import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// A scripted sequence of logins, uploads, charts and failing requests; every figure of the
/// JSON metrics and of the profile's statistics checked against what the script did.
@Suite("Metrics: platform and user figures from recorded facts")
struct UsageMetricsTests {
    @Test("every figure follows the script")
    func scripted() async throws {
        let clock = TestClock()
        let server = try await TestServer(clock: clock)
        try await server.test { c in
            let start = Int64(clock.now.timeIntervalSince1970)
            await server.backend.usage.beat()
            var requests = 0
            let root = try await c.adminToken()  // 1 request, 1 login
            let org = try await c.organization("Metro", adminToken: root)  // 3 requests, 1 login
            let created = try await c.call(
                .post, "/api/v1/users", token: org.token,
                json: ["email": "m@metro.test", "password": "password-m", "role": "user"])
            let memberID = try #require(created.data["user_id"] as? String)
            requests += 5

            // The profile shows no login before the first one: null, not left out.
            let before = try await c.call(.get, "/api/v1/users/\(memberID)", token: org.token)
            let beforeStats = try #require(before.data["statistics"] as? [String: Any])
            #expect(beforeStats.keys.contains("last_login") && beforeStats["last_login"] is NSNull)
            requests += 1

            _ = try await c.login("m@metro.test", "password-m")
            clock.advance(60)
            let member = try await c.login("m@metro.test", "password-m")
            let secondLogin = start + 60
            requests += 2
            clock.advance(30)
            let refreshed = try await c.call(.post, "/api/v1/auth/refresh", token: member.refresh)
            #expect(refreshed.status == .ok)
            let token = try #require(refreshed.data["access_token"] as? String)
            requests += 1

            let upload = try await c.upload(
                "sales.csv", Client.salesCSV, token: token, fields: [("data_source_name", "sales")])
            #expect(upload.status == .created)
            let source = try #require(upload.data["data_source_id"] as? String)
            _ = try await c.createChart("total revenue by region", source: source, token: token)
            _ = try await c.createChart("total revenue by product", source: source, token: token)
            let failed = try await c.call(
                .post, "/api/v1/analytics/chart", token: token, json: ["query": "revenue", "data_source": "nope"])
            #expect(failed.status == .notFound)
            let missing = try await c.call(.get, "/api/v1/analytics/chart/chart_nope", token: token)
            #expect(missing.status == .notFound)
            requests += 5
            let memberCalls = 5

            // The member's own figures.
            let mine = try await c.call(.get, "/api/v1/metrics/user/\(memberID)", token: token)
            try #require(mine.status == .ok, "\(mine.body)")
            requests += 1
            #expect(mine.data["user_id"] as? String == memberID)
            let usage = try #require(mine.data["usage"] as? [String: Any])
            #expect(usage["charts_created"] as? Int == 2)
            #expect(usage["ai_queries"] as? Int == 3)
            #expect(usage["api_calls"] as? Int == memberCalls)
            let bytes = Double(Client.salesCSV.utf8.count)
            #expect(usage["data_uploaded_mb"] as? Double == MetricsRounding.round(bytes / 1_000_000, 6))
            let activity = try #require(mine.data["activity"] as? [String: Any])
            #expect(activity["last_login"] as? String == Timestamp.string(epoch: secondLogin))
            #expect(activity["login_count_this_month"] as? Int == 2)
            #expect(activity["total_session_time"] as? Int == 30)
            let performance = try #require(mine.data["performance"] as? [String: Any])
            #expect(performance["success_rate"] as? Double == MetricsRounding.round(2.0 / 3.0, 4))
            #expect((performance["average_query_time"] as? Double ?? -1) >= 0)

            // The profile's statistics come from the same records.
            let profile = try await c.call(.get, "/api/v1/users/\(memberID)", token: token)
            requests += 1
            let stats = try #require(profile.data["statistics"] as? [String: Any])
            #expect(stats["charts_created"] as? Int == 2)
            #expect(stats["last_login"] as? String == Timestamp.string(epoch: secondLogin))
            #expect(stats["total_usage_time"] as? Int == 30)

            // Others: an admin of the organization may look, another member may not, other organizations 404.
            let byAdmin = try await c.call(.get, "/api/v1/metrics/user/\(memberID)", token: org.token)
            #expect(byAdmin.status == .ok)
            let other = try await c.organization("Elsewhere", adminToken: root)
            let foreign = try await c.call(.get, "/api/v1/metrics/user/\(memberID)", token: other.token)
            #expect(foreign.status == .notFound)
            let upward = try await c.call(.get, "/api/v1/metrics/user/\(org.adminID)", token: token)
            #expect(upward.status == .forbidden)
            let notAdmin = try await c.call(.get, "/api/v1/metrics/platform", token: token)
            #expect(notAdmin.status == .forbidden)
            requests += 1 + 3 + 1 + 1 + 1

            // Two days later one member request; a 5xx answer counted for the whole platform.
            clock.advance(2 * 86_400)
            await server.backend.usage.beat()
            // Access tokens have expired meanwhile: both log in again.
            let later = try await c.login("m@metro.test", "password-m").access
            let rootLater = try await c.adminToken()
            let sources = try await c.call(.get, "/api/v1/data/sources", token: later)
            #expect(sources.status == .ok)
            requests += 3
            server.backend.usage.request(userID: "", organizationID: "", status: 500, seconds: 0, isAIQuery: false)
            requests += 1
            let platform = try await c.call(.get, "/api/v1/metrics/platform", token: rootLater)
            try #require(platform.status == .ok, "\(platform.body)")
            let users = try #require(platform.data["users"] as? [String: Any])
            #expect(users["total"] as? Int == 4)
            #expect(users["active_today"] as? Int == 1)
            #expect(users["active_this_week"] as? Int == 4)
            #expect(users["active_this_month"] as? Int == 4)
            let charts = try #require(platform.data["charts"] as? [String: Any])
            #expect(charts["total"] as? Int == 2)
            #expect(charts["created_today"] as? Int == 0)
            #expect(charts["created_this_week"] as? Int == 2)
            let ai = try #require(platform.data["ai_queries"] as? [String: Any])
            #expect(ai["total"] as? Int == 3 && ai["today"] as? Int == 0 && ai["this_week"] as? Int == 3)
            let perf = try #require(platform.data["performance"] as? [String: Any])
            #expect(perf["error_rate"] as? Double == MetricsRounding.round(100 / Double(requests), 2))
            let now = Int64(clock.now.timeIntervalSince1970)
            let minutes = Double(now / 60 - start / 60 + 1)
            // The script beat twice; the server's own loop beats every 15 s of real time too (at
            // the test clock's minute then), so on a slow machine there may be a third minute.
            let beats = try await server.backend.metadata.read { try $0.rows("SELECT count(*) FROM heartbeats") }
            let minutesUp = Double(beats.first?.first?.int ?? 0)
            #expect(minutesUp >= 2)
            #expect(perf["uptime_percentage"] as? Double == MetricsRounding.round(100 * minutesUp / minutes, 2))
            #expect((perf["average_response_time"] as? Double ?? -1) >= 0)
        }
    }
}
