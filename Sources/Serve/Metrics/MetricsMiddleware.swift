import Engine
import Hummingbird

/// Counts every answered request and its duration by route template (never by raw path, so ids
/// do not multiply the series), in memory.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let recorder: MetricsRecorder

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let seconds = elapsed.seconds
        recorder.request(
            method: request.method.rawValue, route: context.route?.path ?? "unmatched",
            operationID: context.route?.operationID, status: Int(response.status.code), seconds: seconds)
        return response
    }
}
