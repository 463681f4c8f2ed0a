import Engine
import Foundation
import Generator
import Hummingbird

extension DashboardController {
    /// The dashboard page: to members of its organization (bearer token or API key), or to
    /// anyone when public sharing is on. Anything else answers 404, exactly like an unknown id.
    @Sendable func page(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.require("dashboard_id")
        guard let record = try await backend.dashboards.find(id: id) else { throw APIError.notFound }
        if !record.settings.isPublic {
            let authenticator = Authenticator(
                signer: backend.signer, sessions: backend.sessions, apiKeys: backend.apiKeys,
                cache: backend.credentials, now: backend.now)
            guard case .identity(let identity) = await authenticator.authenticate(request),
                identity.organizationID == record.organizationID, identity.can(.readData)
            else { throw APIError.notFound }
        }
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
