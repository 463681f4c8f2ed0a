import Engine

/// The named schemas of the AI endpoints.
enum AIComponents {
    static let schemas: [(String, JSONSchema)] = [
        (
            "AnalysisRequest",
            .request(
                [
                    ("query", .string(minLength: 1, maxLength: 1000)),
                    ("data_source", .string(minLength: 1, maxLength: 200)),
                    ("analysis_type", .string(enumeration: AnalysisRequest.types)), ("target", .text),
                    (
                        "options",
                        .request(
                            [
                                ("include_insights", .boolean), ("include_recommendations", .boolean),
                                ("confidence_threshold", .numberIn(0...1)),
                            ],
                            required: [])
                    ),
                ], required: ["query", "data_source"])
        ),
        (
            "Analysis",
            .object(
                [
                    ("analysis_id", .text), ("query", .text), ("analysis_type", .text), ("data_source_id", .text),
                    ("target", .text),
                    ("rows", .integer(minimum: 0)),
                    (
                        "results",
                        .object(
                            [
                                (
                                    "primary_drivers",
                                    .array(
                                        .object(
                                            [
                                                ("factor", .text), ("method", .text), ("correlation", .number),
                                                ("p_value", .number),
                                                ("impact", .string(enumeration: ["High", "Medium", "Low"])),
                                                ("confidence", .number),
                                            ],
                                            required: [
                                                "factor", "method", "correlation", "p_value", "impact", "confidence",
                                            ]))
                                ),
                                ("output", .any), ("insights", .array(.text)), ("recommendations", .array(.text)),
                            ], required: [])
                    ),
                    ("generated_at", .dateTime),
                ],
                required: [
                    "analysis_id", "query", "analysis_type", "data_source_id", "target", "rows", "results",
                    "generated_at",
                ])
        ),
        (
            "WorkflowRequest",
            .request(
                [
                    ("workflow_name", .text), ("data_source", .text),
                    (
                        "steps",
                        .array(
                            .object(
                                [
                                    ("step", .integer(minimum: 1)),
                                    ("type", .string(enumeration: WorkflowRunner.stepTypes)),
                                    ("parameters", .map(.any)),
                                ],
                                required: ["type"]), minItems: 1, maxItems: WorkflowRequest.maxSteps)
                    ),
                    (
                        "options",
                        .object(
                            [("parallel_execution", .boolean), ("save_intermediate_results", .boolean)],
                            required: [], additional: false)
                    ),
                ], required: ["steps"])
        ),
        (
            "Workflow",
            .object(
                [
                    ("workflow_id", .text), ("workflow_name", .nullable(.text)), ("data_source_id", .text),
                    ("status", .text),
                    (
                        "steps",
                        .array(
                            .object(
                                [("step", .integer()), ("type", .text), ("output", .any)],
                                required: ["step", "type", "output"]))
                    ),
                    ("result", .any), ("parallel_groups", .array(.array(.integer()))),
                    ("generated_at", .dateTime),
                ], required: ["workflow_id", "data_source_id", "status", "steps", "result", "generated_at"])
        ),
        (
            "ModelList",
            .object(
                [
                    (
                        "available_models",
                        .array(
                            .object(
                                [
                                    ("model_id", .text), ("provider", .text), ("capabilities", .array(.text)),
                                    ("status", .text),
                                    (
                                        "performance_metrics",
                                        .object(
                                            [
                                                ("accuracy", .number), ("accuracy_basis", .text),
                                                ("response_time", .nullable(.number)),
                                                ("measured_requests", .integer(minimum: 0)),
                                                ("cost_per_request", .number),
                                            ],
                                            required: [
                                                "accuracy", "accuracy_basis", "response_time", "measured_requests",
                                                "cost_per_request",
                                            ])
                                    ),
                                ], required: ["model_id", "provider", "capabilities", "status", "performance_metrics"]))
                    )
                ], required: ["available_models"])
        ),
    ]
}
