#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a host name into addresses. Injected so tests can answer as a hostile DNS server would.
protocol HostResolver: Sendable {
    func addresses(of host: String) async throws -> [IPAddress]
}

/// The system resolver (`getaddrinfo`).
struct SystemResolver: HostResolver {
    func addresses(of host: String) async throws -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else {
            throw WebhookError.unreachable("cannot resolve \(host)")
        }
        defer { freeaddrinfo(list) }
        var result: [IPAddress] = []
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let n = node {
            if let sa = n.pointee.ai_addr {
                if n.pointee.ai_family == AF_INET {
                    let a = sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                    result.append(.v4(withUnsafeBytes(of: a) { Array($0) }))
                } else if n.pointee.ai_family == AF_INET6 {
                    let a = sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                    result.append(.v6(withUnsafeBytes(of: a) { Array($0) }))
                }
            }
            node = n.pointee.ai_next
        }
        return Array(Set(result)).sorted { $0.description < $1.description }
    }
}
