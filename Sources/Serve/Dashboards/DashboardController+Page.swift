import Engine
import Foundation
import Generator
import Hummingbird

extension DashboardController {
    /// The dashboard page, for whom `PageAccess` lets in.
    @Sendable func page(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.require("dashboard_id")
        let found = try await backend.dashboards.find(id: id)
        let grant = try await PageAccess(backend).grant(
            request, to: .dashboard, id,
            found.map { .init(organizationID: $0.organizationID, isPublic: $0.settings.isPublic) })
        guard let record = found else { throw APIError.notFound }
        let charts = try await charts(of: record.layout, organizationID: record.organizationID, strict: false)
        var items: [DashboardDocument.Item] = []
        for item in record.layout {
            var chart: ChartData?
            var message = DashboardItemDTO.deletedMessage
            if let stored = charts[item.chartID] {
                do { chart = try await backend.chartData(stored, fixing: grant.fixed) } catch let error as APIError {
                    message = error.details["query"] ?? error.message
                }
            }
            items.append(
                DashboardDocument.Item(
                    chart: chart, message: message, x: item.position.x, y: item.position.y, w: item.position.w,
                    h: item.position.h))
        }
        var theme = PageTheme(rawValue: record.settings.theme) ?? .light
        if case .embed(let embed) = grant, let locked = embed.claims.theme.flatMap(PageTheme.init(rawValue:)) {
            theme = locked
        }
        let document = DashboardDocument(
            title: record.name, description: record.description, theme: theme, items: items)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        headers[.cacheControl] = "no-store"
        headers[EmbedController.referrerPolicy] = "no-referrer"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: try document.html())))
    }
}
