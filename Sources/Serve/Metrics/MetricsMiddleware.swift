import Engine
import Hummingbird

/// Counts every answered request and its duration by route template (never by raw path, so ids
/// do not multiply the series), in memory, and in the server-wide usage counters.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let recorder: MetricsRecorder
    let usage: UsageRecorder

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
        usage.request(
            userID: "", organizationID: "", status: Int(response.status.code), seconds: seconds,
            isAIQuery: context.route.map { MetricsRecorder.aiOperations.contains($0.operationID) } ?? false)
        return response
    }
}
