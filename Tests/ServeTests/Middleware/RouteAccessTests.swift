import Foundation
import Hummingbird
import Testing

@testable import Serve

/// Generated from the route table and the permission matrix: for every route, the declared
/// `Route.Access` is exactly what the middleware enforces, whatever the handler does.
@Suite("Route access enforced from the route table")
struct RouteAccessTests {
    /// The route's path with every capture replaced by an id that does not exist.
    static func concrete(_ route: Route) -> String {
        route.captures.reduce(route.path) { path, capture in
            path.replacingOccurrences(of: "{\(capture)}", with: "x_doesnotexist00000000")
        }
    }

    /// Whether the middleware refused the call: 401, or 403 with the role message (handlers'
    /// own object-level refusals, such as an API key logging out, say something else).
    static func refused(_ r: Client.Answer) -> Bool {
        r.status == .unauthorized
            || (r.status == .forbidden && r.error["message"] as? String == APIError.forbidden.message)
    }

    /// Credentials of one role: a fresh login session, and an API key of the platform
    /// administrator scoped to the role.
    struct Credentials {
        let email: String
        let password: String
        let scopedKey: String
    }

    @Test("every route's declared access is what the middleware enforces")
    func declaredAccess() async throws {
        let server = try await TestServer()
        let routes = server.server.allRoutes
        #expect(routes.contains { $0.access == .public_ } && routes.contains { $0.access == .refreshToken })
        #expect(routes.contains { $0.access == .page })
        #expect(
            routes.filter { $0.path.hasPrefix("/embed/") }.allSatisfy {
                $0.access == .embedToken(.chart) || $0.access == .embedToken(.dashboard)
            })
        try await server.test { c in
            let platform = try await c.adminToken()
            var roles: [Role: Credentials] = [:]
            for role in Role.allCases {
                let email = "\(role.rawValue)@access.test", password = "password-\(role.rawValue)"
                let user = try await c.call(
                    .post, "/api/v1/users", token: platform,
                    json: ["email": email, "password": password, "role": role.rawValue])
                try #require(user.status == .created, "\(user.body)")
                let key = try await c.call(
                    .post, "/api/v1/api-keys", token: platform, json: ["name": role.rawValue, "role": role.rawValue])
                roles[role] = Credentials(
                    email: email, password: password, scopedKey: try #require(key.data["api_key"] as? String))
            }
            let unscopedKey = try #require(
                try await c.call(.post, "/api/v1/api-keys", token: platform, json: ["name": "all"]).data["api_key"]
                    as? String)
            for route in routes {
                let path = Self.concrete(route)
                let body: Any? = route.body == nil ? nil : [String: Any]()
                func call(_ token: String?, headers: [String: String] = [:]) async throws -> Client.Answer {
                    try await c.call(route.method, path, token: token, json: body, headers: headers)
                }
                switch route.access {
                case .public_:
                    for token in [nil, "garbage", unscopedKey] {
                        let r = try await call(token)
                        #expect(!Self.refused(r), "\(route.key) is public but answered \(r.status)")
                    }
                case .embedToken:
                    let session = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
                    for token in [nil, "garbage", session.access, unscopedKey] {
                        let query = token.map { "?token=\($0)" } ?? ""
                        let r = try await c.call(route.method, path + query)
                        #expect(r.status == .unauthorized, "\(route.key) took \(token ?? "no token")")
                        #expect(r.header("Content-Type")?.hasPrefix("text/html") == true)
                    }
                    let bearer = try await c.call(route.method, path, token: session.access)
                    #expect(bearer.status == .unauthorized, "\(route.key) took a bearer token")
                case .page:
                    // No credentials, or bad ones: a 401 page whether or not the id exists;
                    // a member asking for an id that does not exist: a 404 page.
                    for token in [nil, "garbage"] {
                        let r = try await call(token)
                        #expect(r.status == .unauthorized, "\(route.key) answered \(r.status) without credentials")
                        #expect(
                            r.header("Content-Type") == "text/html; charset=utf-8" && r.body.contains("/login?next="))
                    }
                    for token in [unscopedKey, try await c.adminToken()] {
                        let r = try await call(token)
                        #expect(r.status == .notFound, "\(route.key) answered \(r.status) to a member")
                        #expect(r.header("Content-Type") == "text/html; charset=utf-8")
                    }
                case .refreshToken:
                    let session = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
                    for (token, headers) in [
                        (nil, [:]), (session.access, [:]), (unscopedKey, [:]),
                        (nil, ["X-API-Key": unscopedKey]),
                    ] as [(String?, [String: String])] {
                        let r = try await call(token, headers: headers)
                        #expect(r.status == .unauthorized, "\(route.key) took \(token ?? "a header") instead")
                    }
                    #expect(try await call(session.refresh).status == .ok, "\(route.key) refused a refresh token")
                case .authenticated(let permission):
                    let session = try await c.login(TestServer.adminEmail, TestServer.adminPassword)
                    for token in [nil, "garbage", session.refresh] {
                        let r = try await call(token)
                        #expect(r.status == .unauthorized, "\(route.key) answered \(r.status) without credentials")
                        #expect(r.errorCode == "AUTHENTICATION_FAILED")
                    }
                    #expect(!Self.refused(try await call(session.access)), "\(route.key) refused the platform admin")
                    for (role, credentials) in roles.sorted(by: { $0.key < $1.key }) {
                        let login = try await c.login(credentials.email, credentials.password).access
                        let granted = permission.isGranted(to: role, platformAdmin: false)
                        for token in [login, credentials.scopedKey] {
                            let r = try await call(token)
                            if granted {
                                #expect(!Self.refused(r), "\(route.key) refused \(role) holding \(permission)")
                            } else {
                                #expect(r.status == .forbidden, "\(route.key) let \(role) through: \(r.status)")
                                #expect(r.errorCode == "PERMISSION_DENIED")
                            }
                        }
                    }
                }
            }
        }
    }
}
