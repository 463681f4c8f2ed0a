import Hummingbird

/// `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of every route (including itself).
struct OpenAPIController: Controller {
    /// The routes of every other controller.
    let routes: [Route]

    static let route = Route(
        .get, "/api/v1/openapi.json", id: "openapi", "This OpenAPI 3.1 document.", tag: "meta", access: .public_,
        category: .general, success: (200, .any), enveloped: false)

    var endpoints: [Endpoint] {
        let document = OpenAPIDocument.build(routes + [Self.route])
        return [Endpoint(Self.route) { _, _ in try JSONBody.raw(document) }]
    }
}
