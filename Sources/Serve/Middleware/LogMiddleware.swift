import Engine
import Foundation
import Hummingbird
import Logging

/// One structured log line per request: method, path, status, duration, caller (built only when
/// the logger's level lets `info` through).
struct LogMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        guard context.logger.logLevel <= .info else { return response }
        let elapsed = ContinuousClock.now - start
        let ms = elapsed.seconds * 1000
        var metadata: Logger.Metadata = [
            "aiser.request.method": .string(request.method.rawValue),
            "aiser.request.path": .string(request.uri.path),
            "aiser.response.status": .stringConvertible(response.status.code),
            "aiser.request.ms": .string(NumberText.grouped(ms, decimals: 2, trim: false, group: false)),
            "aiser.client.address": .string(context.clientAddress),
        ]
        if let route = context.route { metadata["aiser.route"] = .string(route.operationID) }
        context.logger.info("request", metadata: metadata)
        return response
    }
}
