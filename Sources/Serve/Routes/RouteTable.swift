import Hummingbird

/// Every endpoint of the application, in documentation order. The router, the OpenAPI
/// document, the docs and the cross-organization test are generated from it.
struct RouteTable: Sendable {
    let endpoints: [Endpoint]
    private let byKey: [String: Route]

    init(_ controllers: [any Controller]) {
        endpoints = controllers.flatMap(\.endpoints)
        var byKey: [String: Route] = [:]
        for e in endpoints { byKey[e.route.key] = e.route }
        self.byKey = byKey
    }

    var routes: [Route] { endpoints.map(\.route) }

    /// The route registered for `method` and the path template `path`.
    func route(method: HTTPRequest.Method, path: String) -> Route? {
        byKey["\(method.rawValue) \(path)"] ?? (method == .head ? byKey["GET \(path)"] : nil)
    }

    /// The methods accepted at a concrete path (empty when no route has this path).
    func allowedMethods(for path: String) -> [String] {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        return routes.filter { $0.matches(path: trimmed) }.map(\.method.rawValue)
    }
}
