/// The full-text index (kept by triggers in the write transactions; see `SearchIndexSchema`).
protocol SearchRepository: Sendable {
    /// The best matches of `query` first, only of `organizationID` and `types`, and how many
    /// match in all under the same filter.
    func search(_ query: SearchQuery, page: Page) async throws -> (hits: [SearchHit], total: Int)
}

/// One search request, already narrowed to what the caller may see.
struct SearchQuery: Sendable {
    var text: String
    var organizationID: String
    var types: [SearchType]
}

/// One matching object.
struct SearchHit: Sendable, Equatable {
    let kind: String
    let id: String
    let title: String
    let subtitle: String?
    /// FTS5's `bm25()`: negative, lower is a better match.
    let bm25: Double
    let createdAt: Int64

    /// `bm25` as a score in (0, 1], higher is better: `s / (1 + s)` of `s = -bm25`, which keeps
    /// the order; a match FTS5 rates at zero gets the smallest positive score.
    var relevance: Double {
        let s = max(0, -bm25)
        return max(s / (1 + s), 1e-6)
    }
}
