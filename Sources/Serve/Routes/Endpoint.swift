import Hummingbird

/// A route and the function answering it.
struct Endpoint: Sendable {
    typealias Handler = @Sendable (Request, AppContext) async throws -> Response

    let route: Route
    let handler: Handler

    init(_ route: Route, _ handler: @escaping Handler) {
        self.route = route
        self.handler = handler
    }
}

/// A resource controller: a group of endpoints.
protocol Controller: Sendable {
    var endpoints: [Endpoint] { get }
}
