/// The named schemas of the dashboard endpoints.
enum DashboardComponents {
    static let position = JSONSchema.object(
        [
            ("x", .integer(minimum: 0, maximum: DashboardValidation.columns - 1)),
            ("y", .integer(minimum: 0, maximum: DashboardValidation.maximumRow)),
            ("w", .integer(minimum: 1, maximum: DashboardValidation.columns)),
            ("h", .integer(minimum: 1, maximum: DashboardValidation.maximumHeight)),
        ], required: ["x", "y", "w", "h"])
    static let layoutRequest = JSONSchema.array(
        .object(
            [("chart_id", .string(minLength: 1, maxLength: 100)), ("position", position)],
            required: ["chart_id", "position"]),
        maxItems: DashboardValidation.maximumItems)
    static let settingsRequest = JSONSchema.request(
        [
            ("auto_refresh", .boolean),
            (
                "refresh_interval",
                .integer(
                    minimum: DashboardValidation.refreshIntervals.lowerBound,
                    maximum: DashboardValidation.refreshIntervals.upperBound)
            ),
            ("theme", .string(enumeration: DashboardValidation.themes)), ("public", .boolean),
        ], required: [])
    static let settings = JSONSchema.object(
        [
            ("auto_refresh", .boolean), ("refresh_interval", .integer()),
            ("theme", .string(enumeration: DashboardValidation.themes)), ("public", .boolean),
        ], required: ["auto_refresh", "refresh_interval", "theme", "public"])
    static let requestProperties: [(String, JSONSchema)] = [
        ("name", .string(minLength: 1, maxLength: 200)), ("description", .string(maxLength: 2000)),
        ("layout", layoutRequest), ("settings", settingsRequest),
    ]

    static let schemas: [(String, JSONSchema)] = [
        ("CreateDashboardRequest", .request(requestProperties, required: ["name"])),
        ("UpdateDashboardRequest", .request(requestProperties, required: [])),
        (
            "Dashboard",
            .object(
                [
                    ("dashboard_id", .text), ("name", .text), ("description", .text),
                    (
                        "layout",
                        .array(
                            .object(
                                [
                                    ("chart_id", .text), ("position", position),
                                    ("status", .string(enumeration: ["ok", "chart_deleted"])), ("title", .text),
                                    ("chart_data", ChartComponents.chartData), ("message", .text),
                                ], required: ["chart_id", "position", "status"]))
                    ),
                    ("settings", settings), ("dashboard_url", .text), ("created_at", .dateTime),
                    ("updated_at", .dateTime),
                ],
                required: ["dashboard_id", "name", "layout", "settings", "dashboard_url", "created_at", "updated_at"])
        ),
        (
            "DashboardList",
            .object(
                [
                    (
                        "dashboards",
                        .array(
                            .object(
                                [
                                    ("dashboard_id", .text), ("name", .text), ("description", .text),
                                    ("items", .integer()), ("created_at", .dateTime), ("updated_at", .dateTime),
                                ], required: ["dashboard_id", "name", "items", "created_at", "updated_at"]))
                    ),
                    ("pagination", .reference("Pagination")),
                ], required: ["dashboards", "pagination"])
        ),
        (
            "DeletedDashboard",
            .object([("dashboard_id", .text), ("deleted", .boolean)], required: ["dashboard_id", "deleted"])
        ),
    ]
}
