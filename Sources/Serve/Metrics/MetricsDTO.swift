/// `GET /metrics/platform`.
struct PlatformMetricsDTO: Encodable, Sendable {
    struct Users: Encodable, Sendable {
        let total, activeToday, activeThisWeek, activeThisMonth: Int
        enum CodingKeys: String, CodingKey {
            case total
            case activeToday = "active_today", activeThisWeek = "active_this_week"
            case activeThisMonth = "active_this_month"
        }
    }

    struct Charts: Encodable, Sendable {
        let total, createdToday, createdThisWeek, createdThisMonth: Int
        enum CodingKeys: String, CodingKey {
            case total
            case createdToday = "created_today", createdThisWeek = "created_this_week"
            case createdThisMonth = "created_this_month"
        }
    }

    struct Queries: Encodable, Sendable {
        let total, today, thisWeek, thisMonth: Int
        enum CodingKeys: String, CodingKey {
            case total, today
            case thisWeek = "this_week", thisMonth = "this_month"
        }
    }

    struct Performance: Encodable, Sendable {
        let averageResponseTime, uptimePercentage, errorRate: Double
        enum CodingKeys: String, CodingKey {
            case averageResponseTime = "average_response_time", uptimePercentage = "uptime_percentage"
            case errorRate = "error_rate"
        }
    }

    let users: Users
    let charts: Charts
    let aiQueries: Queries
    let performance: Performance

    enum CodingKeys: String, CodingKey {
        case users, charts, performance
        case aiQueries = "ai_queries"
    }

    init(_ m: PlatformMetrics) {
        users = Users(
            total: m.users.total, activeToday: m.users.today, activeThisWeek: m.users.week,
            activeThisMonth: m.users.month)
        charts = Charts(
            total: m.charts.total, createdToday: m.charts.today, createdThisWeek: m.charts.week,
            createdThisMonth: m.charts.month)
        aiQueries = Queries(
            total: m.aiQueries.total, today: m.aiQueries.today, thisWeek: m.aiQueries.week,
            thisMonth: m.aiQueries.month)
        performance = Performance(
            averageResponseTime: MetricsRounding.round(m.averageResponseTime, 4),
            uptimePercentage: MetricsRounding.round(m.uptimePercentage, 2),
            errorRate: MetricsRounding.round(m.errorRate, 2))
    }
}
