import Hummingbird

/// The `pagination` object of list answers.
struct Pagination: Codable, Sendable, Equatable {
    let page: Int
    let limit: Int
    let total: Int
    let pages: Int

    init(page: Page, total: Int) {
        self.page = page.number
        limit = page.limit
        self.total = total
        pages = total == 0 ? 0 : (total + page.limit - 1) / page.limit
    }
}

extension Page {
    static let defaultLimit = 20
    static let maximumLimit = 100

    /// `page` (≥ 1) and `limit` (1…100) from the query, `VALIDATION_ERROR` when out of range.
    init(query: QueryReader) throws {
        number = try query.int("page", in: 1...1_000_000) ?? 1
        limit = try query.int("limit", in: 1...Self.maximumLimit) ?? Self.defaultLimit
    }

    static let parameters: [QueryParameter] = [
        QueryParameter(
            name: "page", schema: .integer(minimum: 1, maximum: 1_000_000), summary: "Page number (default 1)."),
        QueryParameter(
            name: "limit", schema: .integer(minimum: 1, maximum: 100),
            summary: "Items per page (default 20, at most 100)."),
    ]
}
