import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension HTTPServerBuilder {
    /// HTTP/1.1 with a `ConnectionGuard` on every connection (deadlines and connection caps
    /// from `limits`, the total cap kept below the process's open-file limit) and an interim
    /// `100 Continue` for requests that expect one.
    static func guardedHTTP1(_ limits: ConnectionLimits, logger: Logger) -> HTTPServerBuilder {
        let counter = ConnectionCounter(
            maxTotal: limits.effectiveMaxConnections(fileLimit: openFileLimit()),
            maxPerClient: limits.maxConnectionsPerClient)
        return .http1(
            configuration: .init(additionalChannelHandlers: [
                ConnectionGuard(limits: limits, counter: counter, logger: logger), ExpectContinue(),
            ]))
    }

    /// The soft limit on open files, if there is one.
    static func openFileLimit() -> Int? {
        var limit = rlimit()
        #if canImport(Glibc)
            guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
        #else
            guard getrlimit(RLIMIT_NOFILE, &limit) == 0 else { return nil }
        #endif
        return limit.rlim_cur >= rlim_t(Int32.max) ? nil : Int(limit.rlim_cur)
    }
}
