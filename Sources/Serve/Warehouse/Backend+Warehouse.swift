import Engine
import Foundation

extension Backend {
    /// The pushed-down use cases over a warehouse source (`nil` for an uploaded file): its
    /// password opened with the warehouse key, its host checked again against
    /// `AISER_WAREHOUSE_HOSTS` (a host taken off the list stops its sources at once).
    /// The password comes along for `onWarehouse(field:password:_:)` to mask.
    func warehouse(_ source: DataSourceRecord) throws -> (analytics: WarehouseAnalytics, password: String)? {
        guard let stored = source.warehouse else { return nil }
        guard warehouseHosts.allows(host: stored.host, port: stored.port) else {
            throw APIError.validation(
                "connection", "The warehouse host \(stored.host):\(stored.port) is not in AISER_WAREHOUSE_HOSTS.")
        }
        var password = ""
        if !stored.sealedPassword.isEmpty {
            guard let opened = warehousePasswords.open(stored.sealedPassword, context: source.id) else {
                throw APIError.validation(
                    "connection", "The warehouse password cannot be decrypted with this server's AISER_SECRET.")
            }
            password = opened
        }
        let connection = stored.connection(password: password)
        let analytics = WarehouseAnalytics(
            Warehouses.connect(connection, limits: settings.warehouse.limits), table: source.tableName,
            relation: stored.relation)
        return (analytics, password)
    }

    /// Runs `work` on a warehouse; its `QueryError`s (cannot connect, login refused, the engine
    /// rejected the query, over the time limit) become `VALIDATION_ERROR` with the one-sentence
    /// reason in `details[field]`, with `password` masked should any engine ever echo it.
    func onWarehouse<T: Sendable>(
        field: String, password: String = "", _ work: () async throws -> T
    ) async throws -> T {
        do {
            return try await work()
        } catch let error as QueryError {
            var reason = error.message
            if !password.isEmpty { reason = reason.replacingOccurrences(of: password, with: "***") }
            throw APIError(.validationError, "The warehouse could not answer.", details: [field: reason])
        }
    }
}
