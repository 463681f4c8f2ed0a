import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The outermost middleware: gives every request an id (a sane incoming `X-Request-ID` is
/// kept) and puts it in the logger metadata as `aiser.request.id` and on the response; resolves
/// the client address (forwarding headers only from trusted proxies) and the matched route.
/// Errors never reach it: `ErrorMiddleware`, further in, answers them.
struct RequestSetupMiddleware: RouterMiddleware {
    typealias Context = AppContext
    static let requestIDHeader = HTTPField.Name("X-Request-ID")!
    static let forwardedForHeader = HTTPField.Name("X-Forwarded-For")!

    let routes: RouteTable
    let trustedProxies: Set<String>
    let ids = RequestIDs()

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        let incoming = request.headers[Self.requestIDHeader]
        context.requestID = incoming.flatMap { Self.isSane($0) ? $0 : nil } ?? ids.next()
        context.logger[metadataKey: "aiser.request.id"] = .string(context.requestID)
        context.clientAddress = clientAddress(of: request, peer: context.peerAddress)
        context.routeTable = routes
        context.route = context.endpointPath.flatMap { routes.route(method: request.method, path: $0) }
        var response = try await next(request, context)
        response.headers[Self.requestIDHeader] = context.requestID
        return response
    }

    /// The peer address, or the last untrusted hop of `X-Forwarded-For` when the peer is a
    /// trusted proxy.
    func clientAddress(of request: Request, peer: String?) -> String {
        let peer = peer ?? "unknown"
        guard trustedProxies.contains(peer), let forwarded = request.headers[Self.forwardedForHeader] else {
            return peer
        }
        let hops = forwarded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        return hops.last { !trustedProxies.contains($0) } ?? hops.first ?? peer
    }

    /// 1–128 characters of letters, digits, `-`, `_`, `.`, `:`.
    static func isSane(_ id: String) -> Bool {
        (1...128).contains(id.utf8.count)
            && id.utf8.allSatisfy { c in
                (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45 || c == 95 || c == 46
                    || c == 58
            }
    }
}
