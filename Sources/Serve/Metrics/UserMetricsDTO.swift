/// `GET /metrics/user/{user_id}`.
struct UserMetricsDTO: Encodable, Sendable {
    /// Bytes in the `data_uploaded_mb` megabyte.
    static let bytesPerMegabyte = 1_000_000.0

    struct Usage: Encodable, Sendable {
        let chartsCreated, aiQueries: Int
        let dataUploadedMB: Double
        let apiCalls: Int
        enum CodingKeys: String, CodingKey {
            case chartsCreated = "charts_created", aiQueries = "ai_queries", dataUploadedMB = "data_uploaded_mb"
            case apiCalls = "api_calls"
        }
    }

    struct Activity: Encodable, Sendable {
        let lastLogin: String?
        let loginCountThisMonth: Int
        let totalSessionTime: Int64
        enum CodingKeys: String, CodingKey {
            case lastLogin = "last_login", loginCountThisMonth = "login_count_this_month"
            case totalSessionTime = "total_session_time"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(lastLogin, forKey: .lastLogin)
            try c.encode(loginCountThisMonth, forKey: .loginCountThisMonth)
            try c.encode(totalSessionTime, forKey: .totalSessionTime)
        }
    }

    struct Performance: Encodable, Sendable {
        let averageQueryTime: Double?
        let successRate: Double?
        enum CodingKeys: String, CodingKey {
            case averageQueryTime = "average_query_time", successRate = "success_rate"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(averageQueryTime, forKey: .averageQueryTime)
            try c.encode(successRate, forKey: .successRate)
        }
    }

    let userID: String
    let usage: Usage
    let activity: Activity
    let performance: Performance

    enum CodingKeys: String, CodingKey {
        case usage, activity, performance
        case userID = "user_id"
    }

    init(userID: String, _ m: UserMetrics) {
        self.userID = userID
        usage = Usage(
            chartsCreated: m.chartsCreated, aiQueries: m.aiQueries,
            dataUploadedMB: MetricsRounding.round(Double(m.bytesUploaded) / Self.bytesPerMegabyte, 6),
            apiCalls: m.apiCalls)
        activity = Activity(
            lastLogin: m.lastLogin.map { Timestamp.string(epoch: $0) }, loginCountThisMonth: m.loginsThisMonth,
            totalSessionTime: m.sessionSeconds)
        performance = Performance(
            averageQueryTime: m.averageQueryTime.map { MetricsRounding.round($0, 4) },
            successRate: m.successRate.map { MetricsRounding.round($0, 4) })
    }
}
