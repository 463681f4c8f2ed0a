/// The `data` of `GET /search`.
struct SearchDTO: Encodable, Sendable {
    let query: String
    let results: [SearchResultDTO]
    let totalResults: Int
    let pagination: Pagination

    enum CodingKeys: String, CodingKey {
        case query, results, pagination
        case totalResults = "total_results"
    }
}

/// One result: a chart shows its question as `query`, anything else its `description` (a
/// user's is the email address).
struct SearchResultDTO: Encodable, Sendable {
    let type: String
    let id: String
    let title: String
    let query: String?
    let description: String?
    let relevanceScore: Double
    let createdAt: String

    init(_ hit: SearchHit) {
        type = hit.kind
        id = hit.id
        title = hit.title
        query = hit.kind == SearchType.charts.kind ? hit.subtitle : nil
        description = hit.kind == SearchType.charts.kind ? nil : hit.subtitle
        relevanceScore = hit.relevance
        createdAt = Timestamp.string(epoch: hit.createdAt)
    }

    enum CodingKeys: String, CodingKey {
        case type, id, title, query, description
        case relevanceScore = "relevance_score"
        case createdAt = "created_at"
    }
}
