import Engine
import Foundation
import Generator
import Hummingbird

extension DashboardController {
    /// The dashboard page, for whom `PageAccess` lets in.
    @Sendable func page(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.require("dashboard_id")
        let found = try await backend.dashboards.find(id: id)
        _ = try await PageAccess(backend).grant(
            request, to: found.map { .init(organizationID: $0.organizationID, isPublic: $0.settings.isPublic) })
        guard let record = found else { throw APIError.notFound }
        let charts = try await charts(of: record.layout, organizationID: record.organizationID, strict: false)
        let items = record.layout.map { item in
            DashboardDocument.Item(
                chart: charts[item.chartID]?.chartData, message: DashboardItemDTO.deletedMessage, x: item.position.x,
                y: item.position.y, w: item.position.w, h: item.position.h)
        }
        let document = DashboardDocument(
            title: record.name, description: record.description,
            theme: PageTheme(rawValue: record.settings.theme) ?? .light, items: items)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: try document.html())))
    }
}
