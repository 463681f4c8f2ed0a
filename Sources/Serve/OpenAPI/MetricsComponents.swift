/// The named schemas of the JSON metrics.
enum MetricsComponents {
    static func counts(_ names: [String]) -> JSONSchema {
        .object(names.map { ($0, .integer(minimum: 0)) }, required: names)
    }

    static let schemas: [(String, JSONSchema)] = [
        (
            "PlatformMetrics",
            .object(
                [
                    ("users", counts(["total", "active_today", "active_this_week", "active_this_month"])),
                    ("charts", counts(["total", "created_today", "created_this_week", "created_this_month"])),
                    ("ai_queries", counts(["total", "today", "this_week", "this_month"])),
                    (
                        "performance",
                        .object(
                            [
                                ("average_response_time", .number), ("uptime_percentage", .numberIn(0...100)),
                                ("error_rate", .numberIn(0...100)),
                            ], required: ["average_response_time", "uptime_percentage", "error_rate"])
                    ),
                ], required: ["users", "charts", "ai_queries", "performance"])
        ),
        (
            "UserMetrics",
            .object(
                [
                    ("user_id", .text),
                    (
                        "usage",
                        .object(
                            [
                                ("charts_created", .integer(minimum: 0)), ("ai_queries", .integer(minimum: 0)),
                                ("data_uploaded_mb", .number), ("api_calls", .integer(minimum: 0)),
                            ], required: ["charts_created", "ai_queries", "data_uploaded_mb", "api_calls"])
                    ),
                    (
                        "activity",
                        .object(
                            [
                                ("last_login", .nullable(.dateTime)), ("login_count_this_month", .integer(minimum: 0)),
                                ("total_session_time", .integer(minimum: 0)),
                            ], required: ["last_login", "login_count_this_month", "total_session_time"])
                    ),
                    (
                        "performance",
                        .object(
                            [
                                ("average_query_time", .nullable(.number)),
                                ("success_rate", .nullable(.numberIn(0...1))),
                            ],
                            required: ["average_query_time", "success_rate"])
                    ),
                ], required: ["user_id", "usage", "activity", "performance"])
        ),
    ]
}
