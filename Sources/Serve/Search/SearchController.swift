import Foundation
import Hummingbird

/// `GET /api/v1/search`: full-text search over the caller's organization.
struct SearchController: Controller {
    let backend: Backend

    /// The longest `q` accepted.
    static let maximumLength = 500

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .get, "/api/v1/search", id: "search",
                    "Search the organization's charts, dashboards, data sources and (for those who may list users) users, best match first. Every word matches as a prefix, case and accents aside, with typos tolerated in words of five or more letters.",
                    tag: "search", access: .authenticated(.readData), category: .analytics,
                    query: [
                        QueryParameter(
                            name: "q", schema: .string(minLength: 1, maxLength: Self.maximumLength, pattern: "\\S"),
                            summary: "What to search for (any text; search syntax is not interpreted).", required: true),
                        QueryParameter(
                            name: "type", schema: .string(enumeration: SearchType.allCases.map(\.rawValue)),
                            summary: "Only results of this type."),
                    ] + Page.parameters,
                    success: (200, .reference("SearchResults"))),
                search)
        ]
    }

    @Sendable func search(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let query = QueryReader(request)
        let text = (query.string("q") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw APIError.validation("q", "Required: what to search for.") }
        guard text.unicodeScalars.count <= Self.maximumLength else {
            throw APIError.validation("q", "At most \(Self.maximumLength) characters.")
        }
        let type = try query.enumeration("type", SearchType.self)
        let page = try Page(query: query)
        // Users appear only to those who may list them; the filter applies before counting.
        let visible = SearchType.allCases.filter { $0 != .users || identity.can(.readUsers) }
        let types = type.map { t in visible.filter { $0 == t } } ?? visible
        let (hits, total) = try await backend.search.search(
            SearchQuery(text: text, organizationID: identity.organizationID, types: types), page: page)
        return try JSONBody.response(
            SearchDTO(
                query: text, results: hits.map(SearchResultDTO.init), totalResults: total,
                pagination: Pagination(page: page, total: total)))
    }
}
