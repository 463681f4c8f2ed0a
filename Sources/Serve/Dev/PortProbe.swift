import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds a port the server can listen on, by binding a throwaway socket to it.
enum PortProbe {
    /// Whether something already listens on `host:port` (a host that does not resolve counts as
    /// free: the server reports the real error when it binds).
    static func isBusy(host: String, port: Int) -> Bool {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        #if canImport(Darwin)
            hints.ai_socktype = SOCK_STREAM
        #else
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else { return false }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry?.pointee {
            entry = info.ai_next
            let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            if bind(fd, info.ai_addr, info.ai_addrlen) != 0 && errno == EADDRINUSE { return true }
        }
        return false
    }

    /// `port` when it is free (or 0), else with `searching` the next free one of the 100 above it.
    /// Nil when none is free.
    static func available(host: String, from port: Int, searching: Bool) -> Int? {
        if port == 0 || !isBusy(host: host, port: port) { return port }
        guard searching, port < 65535 else { return nil }
        return (port + 1...min(port + 100, 65535)).first { !isBusy(host: host, port: $0) }
    }
}
