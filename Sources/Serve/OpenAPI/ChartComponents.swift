import Engine

/// The named schemas of the analytics (chart) endpoints.
enum ChartComponents {
    static let chartType = JSONSchema.string(enumeration: ChartType.allCases.map(\.rawValue))
    /// `chart_data`: the Chart module's model (`site/pages/reference/charts.md`).
    static let chartData = JSONSchema.object(
        [
            ("type", chartType),
            (
                "data",
                .object(
                    [
                        ("labels", .array(.text)),
                        (
                            "datasets",
                            .array(.object([("label", .text), ("data", .array(.any))], required: ["label", "data"]))
                        ),
                    ],
                    required: ["labels", "datasets"])
            ),
            ("options", .map(.any)),
        ], required: ["type", "data", "options"])
    /// Free-form options: the chart options (`theme`, `legend`, `stacked`, `horizontal`, `colors`, …)
    /// are applied; other keys are kept as sent.
    static let options = JSONSchema.map(.any)
    static let insightDetails = JSONSchema.array(
        .object(
            [("kind", .text), ("text", .text), ("values", .map(.number)), ("confidence", .number)],
            required: ["kind", "text", "values", "confidence"]))

    /// `settings` in a create or update body.
    static let settingsRequest = JSONSchema.request([("public", .boolean)], required: [])

    static let schemas: [(String, JSONSchema)] = [
        (
            "CreateChartRequest",
            .request(
                [
                    ("query", .string(minLength: 1, maxLength: 1000)),
                    ("data_source", .string(minLength: 1, maxLength: 200)),
                    ("chart_type", .string(enumeration: ["auto"] + ChartType.allCases.map(\.rawValue))),
                    ("title", .string(minLength: 1, maxLength: 200)), ("options", options),
                    ("settings", settingsRequest),
                ], required: ["query", "data_source"])
        ),
        (
            "UpdateChartRequest",
            .request(
                [
                    ("title", .string(minLength: 1, maxLength: 200)), ("options", options),
                    ("settings", settingsRequest),
                ], required: [])
        ),
        (
            "CreatedChart",
            .object(
                [
                    ("chart_id", .text), ("chart_url", .text), ("chart_data", chartData), ("insights", .array(.text)),
                    ("insight_details", insightDetails), ("interpretation", .text), ("generated_at", .dateTime),
                ],
                required: [
                    "chart_id", "chart_url", "chart_data", "insights", "insight_details", "interpretation",
                    "generated_at",
                ])
        ),
        (
            "Chart",
            .object(
                [
                    ("chart_id", .text), ("query", .text), ("title", .text), ("data_source_id", .text),
                    ("chart_type", chartType),
                    ("chart_url", .text), ("chart_data", chartData), ("options", options), ("insights", .array(.text)),
                    ("insight_details", insightDetails), ("interpretation", .text),
                    ("settings", .object([("public", .boolean)], required: ["public"])), ("created_at", .dateTime),
                    ("updated_at", .dateTime),
                ],
                required: [
                    "chart_id", "query", "data_source_id", "chart_type", "chart_url", "chart_data", "options",
                    "insights",
                    "insight_details", "interpretation", "settings", "created_at", "updated_at",
                ])
        ),
        (
            "ChartList",
            .object(
                [
                    (
                        "charts",
                        .array(
                            .object(
                                [
                                    ("chart_id", .text), ("query", .text), ("title", .text), ("chart_type", chartType),
                                    ("created_at", .dateTime), ("updated_at", .dateTime),
                                ],
                                required: ["chart_id", "query", "chart_type", "created_at", "updated_at"]))
                    ),
                    ("pagination", .reference("Pagination")),
                ], required: ["charts", "pagination"])
        ),
        ("DeletedChart", .object([("chart_id", .text), ("deleted", .boolean)], required: ["chart_id", "deleted"])),
    ]
}
