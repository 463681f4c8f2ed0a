import Engine
import Foundation
import Hummingbird

/// `POST /data/sources`: a warehouse connection (PostgreSQL, ClickHouse) registered as a data
/// source. Its host must be in `AISER_WAREHOUSE_HOSTS`; it is connected to and profiled before
/// anything is stored; its password is stored sealed with the warehouse key and never answered.
extension DataController {
    var warehouseEndpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/data/sources", id: "createDataSource",
                    "Register a warehouse (PostgreSQL or ClickHouse) table or query as a data source; queries on it run in the warehouse. The host must be listed in AISER_WAREHOUSE_HOSTS; the password is stored encrypted and never returned.",
                    tag: "data", access: .authenticated(.uploadData), category: .data,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("CreateDataSourceRequest"),
                        required: true),
                    success: (201, .reference("DataSource"))),
                register)
        ]
    }

    @Sendable func register(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(
            WarehouseSourceRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        let (connection, relation) = try body.validated()
        guard backend.warehouseHosts.allows(host: connection.host, port: connection.port) else {
            throw APIError.validation(
                "host",
                "\(connection.host):\(connection.port) is not an allowed warehouse host (the server's AISER_WAREHOUSE_HOSTS)."
            )
        }
        let table = body.logicalTable
        let analytics = WarehouseAnalytics(
            Warehouses.connect(connection, limits: backend.settings.warehouse.limits), table: table, relation: relation)
        let profile = try await backend.onWarehouse(field: "connection", password: connection.password) {
            try await analytics.profile()
        }
        let id = RandomToken.id("ds_")
        let sealed =
            connection.password.isEmpty ? "" : try backend.warehousePasswords.seal(connection.password, context: id)
        let record = DataSourceRecord(
            id: id, organizationID: identity.organizationID, userID: identity.userID,
            name: body.name.trimmingCharacters(in: .whitespaces), description: body.description,
            fileName: "", tableName: table, fileType: connection.engine.rawValue, fileSize: 0,
            rowCount: profile.totalRows, columnCount: profile.columns.count,
            schema: profile.columns.map { .init(name: $0.name, type: $0.type.rawValue) },
            profileJSON: profile.jsonText(), tags: Self.tags(body.tags ?? []), createdAt: backend.epoch,
            warehouse: WarehouseSourceRecord(connection, relation: relation, sealedPassword: sealed))
        try await backend.dataSources.create(record)
        return try JSONBody.response(
            DataSourceDTO(record, withSchema: true), status: .created, message: "Data source registered")
    }
}
