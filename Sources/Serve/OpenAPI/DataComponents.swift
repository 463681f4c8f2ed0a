import Engine

/// The named schemas of the data endpoints.
enum DataComponents {
    static let columnType = JSONSchema.string(enumeration: ColumnType.allCases.map(\.rawValue))
    static let scalar = JSONSchema.any

    static let schemas: [(String, JSONSchema)] = [
        (
            "UploadForm",
            .object(
                [
                    ("file", .string(format: "binary")), ("data_source_name", .string(maxLength: 200)),
                    ("description", .string(maxLength: 2000)), ("tags", .string(maxLength: 2000)),
                ], required: ["file"])
        ),
        (
            "DataSource",
            .object(
                [
                    ("data_source_id", .text),
                    ("type", .string(enumeration: ["file"] + WarehouseEngine.allCases.map(\.rawValue))),
                    ("name", .text), ("description", .text), ("file_name", .text),
                    (
                        "file_type",
                        .string(
                            enumeration: FileFormat.allCases.map(\.rawValue) + WarehouseEngine.allCases.map(\.rawValue))
                    ),
                    ("file_size", .integer()),
                    ("rows", .integer()), ("columns", .integer()), ("tags", .array(.text)),
                    ("schema", .map(columnType)),
                    ("uploaded_at", .dateTime),
                    ("connection", .reference("WarehouseConnection")),
                ],
                required: [
                    "data_source_id", "type", "name", "file_name", "file_type", "file_size", "rows", "columns", "tags",
                    "uploaded_at",
                ])
        ),
        (
            "WarehouseConnection",
            .object(
                [
                    ("host", .text), ("port", .integer(minimum: 1, maximum: 65535)), ("database", .text),
                    ("user", .text), ("tls", .boolean), ("table", .text), ("sql", .text),
                ], required: ["host", "port", "database", "user", "tls"])
        ),
        (
            "CreateDataSourceRequest",
            .request(
                [
                    ("name", .string(minLength: 1, maxLength: 200)),
                    ("type", .string(enumeration: WarehouseEngine.allCases.map(\.rawValue))),
                    ("url", .string(maxLength: 2000)), ("host", .string(minLength: 1, maxLength: 253)),
                    ("port", .integer(minimum: 1, maximum: 65535)), ("database", .string(maxLength: 200)),
                    ("user", .string(maxLength: 200)), ("password", .string(maxLength: 1000)),
                    ("table", .string(minLength: 1, maxLength: 200)), ("sql", .string(minLength: 1, maxLength: 20000)),
                    ("description", .string(maxLength: 2000)), ("tags", .array(.string(maxLength: 100), maxItems: 50)),
                ], required: ["name", "type"])
        ),
        (
            "DataSourceList",
            .object(
                [("data_sources", .array(.reference("DataSource"))), ("pagination", .reference("Pagination"))],
                required: ["data_sources", "pagination"])
        ),
        (
            "DataSourceSchema",
            .object(
                [
                    ("data_source_id", .text),
                    (
                        "schema",
                        .map(
                            .object(
                                [
                                    ("type", columnType), ("nullable", .boolean), ("unique_values", .integer()),
                                    ("sample_values", .array(.text)), ("min", scalar), ("max", scalar),
                                    ("mean", scalar),
                                ], required: ["type", "nullable", "unique_values", "sample_values"]))
                    ),
                    (
                        "statistics",
                        .object(
                            [("total_rows", .integer()), ("completeness", .number), ("data_quality_score", .number)],
                            required: ["total_rows", "completeness", "data_quality_score"])
                    ),
                ], required: ["data_source_id", "schema", "statistics"])
        ),
        (
            "DeletedDataSource",
            .object([("data_source_id", .text), ("deleted", .boolean)], required: ["data_source_id", "deleted"])
        ),
    ]
}
