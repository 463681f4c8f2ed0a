import Engine
import Foundation
import Hummingbird

extension ChartController {
    static func manage(_ c: ChartController) -> [Endpoint] {
        [
            Endpoint(
                Route(
                    .get, "/api/v1/analytics/chart/{chart_id}", id: "getChart",
                    "A stored chart with its question, chart data and insights.",
                    tag: "analytics", access: .authenticated(.readData), category: .analytics,
                    success: (200, .reference("Chart"))),
                c.get),
            Endpoint(
                Route(
                    .get, "/api/v1/analytics/charts", id: "listCharts", "List your organization's charts.",
                    tag: "analytics", access: .authenticated(.readData), category: .analytics,
                    query: Page.parameters + [
                        QueryParameter(
                            name: "query", schema: .string(maxLength: 1000),
                            summary:
                                "Only charts whose title or question match this text as `GET /search` matches (every word, as a prefix, typo-tolerant)."
                        ),
                        QueryParameter(
                            name: "chart_type", schema: .string(enumeration: ChartType.allCases.map(\.rawValue)),
                            summary: "Filter by chart type."),
                        QueryParameter(
                            name: "created_after", schema: .string(format: "date-time"),
                            summary: "Only charts created after this time."),
                        QueryParameter(
                            name: "sort_by",
                            schema: .string(enumeration: ChartFilter.SortField.allCases.map(\.rawValue)),
                            summary: "Sort field (default created_at)."),
                        QueryParameter(
                            name: "sort_order",
                            schema: .string(enumeration: ChartFilter.SortOrder.allCases.map(\.rawValue)),
                            summary: "Sort order (default desc)."),
                    ],
                    success: (200, .reference("ChartList"))),
                c.list),
            Endpoint(
                Route(
                    .put, "/api/v1/analytics/chart/{chart_id}", id: "updateChart",
                    "Change a chart's options and title; the chart is re-rendered with them.", tag: "analytics",
                    access: .authenticated(.createCharts), category: .analytics,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("UpdateChartRequest"), required: true),
                    success: (200, .reference("Chart"))),
                c.update),
            Endpoint(
                Route(
                    .delete, "/api/v1/analytics/chart/{chart_id}", id: "deleteChart", "Delete a chart.",
                    tag: "analytics",
                    access: .authenticated(.createCharts), category: .analytics,
                    success: (200, .reference("DeletedChart"))),
                c.delete),
            Endpoint(
                Route(
                    .get, "/charts/{chart_id}", id: "chartPage",
                    "The chart as a self-contained HTML page, for members of its organization (bearer token, API key or the session cookie of /login), for a valid embed token of the chart (`token`; the chart filtered by the token's locked parameters), or for anyone while its settings.public is on. Without credentials a 401 page linking to /login; another organization's or an unknown id, a 404 page.",
                    tag: "analytics", access: .page, category: .analytics, query: [EmbedController.pageTokenParameter],
                    success: (200, .text), enveloped: false,
                    produces: "text/html"),
                c.page),
        ]
    }

    /// The chart of the caller's organization with this id, or 404.
    func chart(_ context: AppContext, _ identity: Identity) async throws -> ChartRecord {
        let id = try context.parameters.require("chart_id")
        guard let chart = try await backend.charts.find(id: id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        return chart
    }

    @Sendable func get(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        return try JSONBody.response(ChartDTO(try await chart(context, identity), base: backend.settings.publicURL))
    }

    @Sendable func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let query = QueryReader(request)
        let page = try Page(query: query)
        var filter = ChartFilter(organizationID: identity.organizationID)
        if let text = query.string("query"), !text.isEmpty {
            guard text.unicodeScalars.count <= 1000 else {
                throw APIError.validation("query", "At most 1000 characters.")
            }
            filter.text = text
        }
        filter.chartType = try query.enumeration("chart_type", ChartType.self)?.rawValue
        if let text = query.string("created_after") {
            guard let date = Timestamp.parse(text) else {
                throw APIError.validation("created_after", "Must be a date-time like 2024-01-15T10:30:00Z.")
            }
            filter.createdAfter = Int64(date.timeIntervalSince1970.rounded(.down))
        }
        filter.sortBy = try query.enumeration("sort_by", ChartFilter.SortField.self) ?? .createdAt
        filter.sortOrder = try query.enumeration("sort_order", ChartFilter.SortOrder.self) ?? .desc
        let (charts, total) = try await backend.charts.list(filter, page: page)
        return try JSONBody.response(
            ChartListDTO(charts: charts.map(ChartSummaryDTO.init), pagination: Pagination(page: page, total: total)))
    }

    @Sendable func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        var record = try await chart(context, identity)
        try identity.requireOwnership(of: record.userID, "Only administrators can change other users' charts.")
        let body = try await JSONBody.decode(
            UpdateChartRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        try ChartRequestValidation.title(body.title)
        if let title = body.title { record.title = title }
        if let options = body.options { record.options = options }
        if let isPublic = body.settings?.isPublic { record.isPublic = isPublic }
        let type = record.chartData.type
        record.chartData = try ChartRequestValidation.apply(record.options, title: record.title, to: record.chartData)
        record.chartData.type = type
        record.updatedAt = backend.epoch
        guard try await backend.charts.update(record) else { throw APIError.notFound }
        backend.embedChanged(record.organizationID, .chart(record.id))
        return try JSONBody.response(ChartDTO(record, base: backend.settings.publicURL), message: "Chart updated")
    }

    @Sendable func delete(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let record = try await chart(context, identity)
        try identity.requireOwnership(of: record.userID, "Only administrators can change other users' charts.")
        guard try await backend.charts.delete(id: record.id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        backend.embedChanged(record.organizationID, .chart(record.id))
        return try JSONBody.response(DeletedChartDTO(chartID: record.id), message: "Chart deleted")
    }

    @Sendable func page(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.require("chart_id")
        let record = try await backend.charts.find(id: id)
        let grant = try await PageAccess(backend).grant(
            request, to: .chart, id, record.map { .init(organizationID: $0.organizationID, isPublic: $0.isPublic) })
        guard let record else { throw APIError.notFound }
        let chart = try await backend.chartData(record, fixing: grant.fixed)
        var headers = HTTPFields()
        headers[EmbedController.referrerPolicy] = "no-referrer"
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: ChartRenderer.page(chart))))
    }
}
