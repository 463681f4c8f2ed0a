/// The named schemas of `GET /search`.
enum SearchComponents {
    static let schemas: [(String, JSONSchema)] = [
        (
            "SearchResult",
            .object(
                [
                    ("type", .string(enumeration: SearchType.allCases.map(\.kind))), ("id", .text), ("title", .text),
                    ("query", .text), ("description", .text), ("relevance_score", .numberIn(0...1)),
                    ("created_at", .dateTime),
                ], required: ["type", "id", "title", "relevance_score", "created_at"])
        ),
        (
            "SearchResults",
            .object(
                [
                    ("query", .text), ("results", .array(.reference("SearchResult"))),
                    ("total_results", .integer(minimum: 0)), ("pagination", .reference("Pagination")),
                ], required: ["query", "results", "total_results", "pagination"])
        ),
    ]
}
