import Foundation

/// The SSRF guard: decides whether a webhook URL may be called and on which address. It runs
/// when a hook is saved and again before every delivery, so a name that later resolves to a
/// private address (DNS rebinding) is refused at delivery time; plain-http deliveries then
/// connect to exactly the address checked.
struct URLGuard: Sendable {
    /// Where a checked URL points.
    struct Target: Sendable, Equatable {
        let scheme: String
        let host: String
        let port: Int
        /// Path and query, at least `/`.
        let path: String
        /// The checked address (the first acceptable answer).
        let address: IPAddress
    }

    let resolver: any HostResolver
    let allowPrivate: Bool
    let requireHTTPS: Bool

    func check(_ text: String) async throws -> Target {
        guard text.utf8.count <= 2048, let url = URLComponents(string: text), let scheme = url.scheme?.lowercased()
        else { throw WebhookError.refused("not a valid URL") }
        guard scheme == "http" || scheme == "https" else { throw WebhookError.refused("only http and https URLs") }
        if requireHTTPS && scheme != "https" { throw WebhookError.refused("production requires https") }
        guard url.user == nil && url.password == nil else { throw WebhookError.refused("credentials in the URL") }
        guard var host = url.host, !host.isEmpty else { throw WebhookError.refused("the URL has no host") }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        host = host.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        guard (1...65535).contains(port) else { throw WebhookError.refused("invalid port") }
        var path = url.percentEncodedPath.isEmpty ? "/" : url.percentEncodedPath
        if let query = url.percentEncodedQuery { path += "?" + query }
        let addresses: [IPAddress]
        if let literal = IPAddress(literal: host) {
            addresses = [literal]
        } else {
            guard host.contains(where: \.isLetter) else { throw WebhookError.refused("not a valid host") }
            addresses = try await resolver.addresses(of: host)
        }
        guard let first = addresses.first else { throw WebhookError.unreachable("\(host) has no address") }
        if !allowPrivate {
            for address in addresses {
                if let why = AddressPolicy.refusal(address) {
                    throw WebhookError.refused("\(host) resolves to \(address), a \(why)")
                }
            }
        }
        return Target(scheme: scheme, host: host, port: port, path: path, address: first)
    }
}
