import Engine
import Foundation
import Hummingbird

/// `/api/v1/dashboards`: create, list, read, partially update and delete dashboards (charts of
/// the organization on a 12-column grid); `GET /dashboards/{dashboard_id}` serves one as a page.
/// Creating, changing and deleting a dashboard happen only in this controller's handlers.
struct DashboardController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/dashboards", id: "createDashboard",
                    "Create a dashboard: charts of your organization placed on a 12-column grid.", tag: "dashboards",
                    access: .authenticated(.createCharts), category: .analytics,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("CreateDashboardRequest"), required: true),
                    success: (201, .reference("Dashboard"))),
                create),
            Endpoint(
                Route(
                    .get, "/api/v1/dashboards", id: "listDashboards", "List your organization's dashboards.",
                    tag: "dashboards", access: .authenticated(.readData), category: .analytics,
                    query: Page.parameters + [
                        QueryParameter(
                            name: "search", schema: .string(maxLength: 200),
                            summary:
                                "Only dashboards whose name or description match this text as `GET /search` matches (every word, as a prefix, typo-tolerant)."
                        ),
                        QueryParameter(
                            name: "sort_by",
                            schema: .string(enumeration: DashboardFilter.SortField.allCases.map(\.rawValue)),
                            summary: "Sort field (default created_at)."),
                        QueryParameter(
                            name: "sort_order",
                            schema: .string(enumeration: ChartFilter.SortOrder.allCases.map(\.rawValue)),
                            summary: "Sort order (default desc)."),
                    ],
                    success: (200, .reference("DashboardList"))),
                list),
            Endpoint(
                Route(
                    .get, "/api/v1/dashboards/{dashboard_id}", id: "getDashboard",
                    "A dashboard with each layout item's chart data (a deleted chart leaves a placeholder item).",
                    tag: "dashboards", access: .authenticated(.readData), category: .analytics,
                    success: (200, .reference("Dashboard"))),
                get),
            Endpoint(
                Route(
                    .put, "/api/v1/dashboards/{dashboard_id}", id: "updateDashboard",
                    "Change a dashboard's name, description, layout or settings (fields left out keep their value).",
                    tag: "dashboards", access: .authenticated(.createCharts), category: .analytics,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("UpdateDashboardRequest"), required: true),
                    success: (200, .reference("Dashboard"))),
                update),
            Endpoint(
                Route(
                    .delete, "/api/v1/dashboards/{dashboard_id}", id: "deleteDashboard", "Delete a dashboard.",
                    tag: "dashboards", access: .authenticated(.createCharts), category: .analytics,
                    success: (200, .reference("DeletedDashboard"))),
                delete),
            Endpoint(
                Route(
                    .get, "/dashboards/{dashboard_id}", id: "dashboardPage",
                    "The dashboard as a self-contained HTML page (the site layout and stylesheet of `aiser build`), for members of its organization (bearer token, API key or the session cookie of /login), for a valid embed token of the dashboard (`token`; its charts filtered by the token's locked parameters), or for anyone while its settings.public is on. Without credentials a 401 page linking to /login; another organization's or an unknown id, a 404 page.",
                    tag: "dashboards", access: .page, category: .analytics, query: [EmbedController.pageTokenParameter],
                    success: (200, .text),
                    enveloped: false, produces: "text/html"),
                page),
        ]
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(
            DashboardRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        guard let name = body.name else { throw APIError.validation("name", "This field is required.") }
        try DashboardValidation.name(name)
        try DashboardValidation.description(body.description)
        let layout = try DashboardValidation.layout(body.layout ?? [])
        let settings = try DashboardValidation.settings(body.settings ?? [:], over: DashboardSettings())
        let charts = try await self.charts(of: layout, organizationID: identity.organizationID, strict: true)
        let now = backend.epoch
        let record = DashboardRecord(
            id: RandomToken.id("dashboard_"), organizationID: identity.organizationID, userID: identity.userID,
            name: name, description: body.description, layout: layout, settings: settings, createdAt: now,
            updatedAt: now)
        try await backend.dashboards.create(record)
        return try JSONBody.response(
            DashboardDTO(record, charts: charts, base: backend.settings.publicURL), status: .created,
            message: "Dashboard created")
    }

    @Sendable func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let query = QueryReader(request)
        let page = try Page(query: query)
        var filter = DashboardFilter(organizationID: identity.organizationID)
        if let text = query.string("search"), !text.isEmpty {
            guard text.unicodeScalars.count <= 200 else {
                throw APIError.validation("search", "At most 200 characters.")
            }
            filter.search = text
        }
        filter.sortBy = try query.enumeration("sort_by", DashboardFilter.SortField.self) ?? .createdAt
        filter.sortOrder = try query.enumeration("sort_order", ChartFilter.SortOrder.self) ?? .desc
        let (dashboards, total) = try await backend.dashboards.list(filter, page: page)
        return try JSONBody.response(
            DashboardListDTO(
                dashboards: dashboards.map(DashboardSummaryDTO.init), pagination: Pagination(page: page, total: total)))
    }

    @Sendable func get(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let record = try await dashboard(context, identity)
        let charts = try await self.charts(of: record.layout, organizationID: record.organizationID, strict: false)
        return try JSONBody.response(DashboardDTO(record, charts: charts, base: backend.settings.publicURL))
    }

    @Sendable func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        var record = try await dashboard(context, identity)
        try identity.requireOwnership(of: record.userID, "Only administrators can change other users' dashboards.")
        let body = try await JSONBody.decode(
            DashboardRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        if let name = body.name {
            try DashboardValidation.name(name)
            record.name = name
        }
        if let description = body.description {
            try DashboardValidation.description(description)
            record.description = description
        }
        if let layout = body.layout {
            let items = try DashboardValidation.layout(layout)
            _ = try await charts(of: items, organizationID: record.organizationID, strict: true)
            record.layout = items
        }
        if let settings = body.settings {
            record.settings = try DashboardValidation.settings(settings, over: record.settings)
        }
        record.updatedAt = backend.epoch
        guard try await backend.dashboards.update(record) else { throw APIError.notFound }
        backend.embedChanged(record.organizationID, .dashboard(record.id))
        let charts = try await self.charts(of: record.layout, organizationID: record.organizationID, strict: false)
        return try JSONBody.response(
            DashboardDTO(record, charts: charts, base: backend.settings.publicURL), message: "Dashboard updated")
    }

    @Sendable func delete(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let record = try await dashboard(context, identity)
        try identity.requireOwnership(of: record.userID, "Only administrators can change other users' dashboards.")
        guard try await backend.dashboards.delete(id: record.id, organizationID: record.organizationID) else {
            throw APIError.notFound
        }
        backend.embedChanged(record.organizationID, .dashboard(record.id))
        return try JSONBody.response(DeletedDashboardDTO(dashboardID: record.id), message: "Dashboard deleted")
    }

    /// The dashboard of the caller's organization with this id, or 404.
    func dashboard(_ context: AppContext, _ identity: Identity) async throws -> DashboardRecord {
        let id = try context.parameters.require("dashboard_id")
        guard let record = try await backend.dashboards.find(id: id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        return record
    }

    /// The charts the layout names, by id. `strict`: every one must be a chart of the
    /// organization (else `VALIDATION_ERROR` naming the items); otherwise missing ones are left out.
    func charts(of layout: [DashboardItem], organizationID: String, strict: Bool) async throws -> [String: ChartRecord]
    {
        var found: [String: ChartRecord] = [:]
        var details: [String: String] = [:]
        for (i, item) in layout.enumerated() where found[item.chartID] == nil {
            if let chart = try await backend.charts.find(id: item.chartID, organizationID: organizationID) {
                found[item.chartID] = chart
            } else if strict {
                details["layout[\(i)].chart_id"] = "No chart with this id in your organization."
            }
        }
        guard details.isEmpty else { throw APIError.validation(details) }
        return found
    }
}
