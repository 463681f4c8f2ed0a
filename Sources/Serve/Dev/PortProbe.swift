import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds a port the server can listen on, by binding a throwaway socket to it.
enum PortProbe {
    enum Status: Equatable {
        case free
        case busy
        /// The host does not resolve or cannot be bound at all (the reason, as one phrase).
        case unusable(String)
    }

    /// Whether the server could listen on `host:port`.
    static func check(host: String, port: Int) -> Status {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        #if canImport(Darwin)
            hints.ai_socktype = SOCK_STREAM
        #else
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &list)
        guard resolved == 0, let first = list else {
            return .unusable("the host does not resolve (\(String(cString: gai_strerror(resolved))))")
        }
        defer { freeaddrinfo(list) }
        var status = Status.unusable("no address to bind")
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry?.pointee {
            entry = info.ai_next
            let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            if bind(fd, info.ai_addr, info.ai_addrlen) == 0 { return .free }
            if errno == EADDRINUSE { return .busy }
            status = .unusable(String(cString: strerror(errno)).lowercased())
        }
        return status
    }

    /// Whether something already listens on `host:port`.
    static func isBusy(host: String, port: Int) -> Bool { check(host: host, port: port) == .busy }

    /// `port` when it is free (or 0), else with `searching` the next free one of the 100 above
    /// it. Throws `DevError` when the host cannot be listened on or no port is free.
    static func available(host: String, from port: Int, searching: Bool) throws -> Int {
        switch check(host: host, port: port) {
        case .free: return port
        case .unusable(let reason): throw DevError("cannot listen on \(host): \(reason)")
        case .busy: break
        }
        if searching, port > 0, port < 65535,
            let next = (port + 1...min(port + 100, 65535)).first(where: { check(host: host, port: $0) == .free })
        {
            return next
        }
        throw DevError("port \(port) on \(host) is in use; choose another with --port")
    }
}
