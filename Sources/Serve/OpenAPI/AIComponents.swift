/// The named schemas of the AI endpoints.
enum AIComponents {
    static let schemas: [(String, JSONSchema)] = [
        ("ModelList", .object(
            [
                ("available_models", .array(.object(
                    [
                        ("model_id", .text), ("provider", .text), ("capabilities", .array(.text)), ("status", .text),
                        ("performance_metrics", .object(
                            [
                                ("accuracy", .number), ("accuracy_basis", .text), ("response_time", .nullable(.number)),
                                ("measured_requests", .integer(minimum: 0)), ("cost_per_request", .number),
                            ], required: ["accuracy", "accuracy_basis", "response_time", "measured_requests", "cost_per_request"])),
                    ], required: ["model_id", "provider", "capabilities", "status", "performance_metrics"]))),
            ], required: ["available_models"])),
    ]
}
