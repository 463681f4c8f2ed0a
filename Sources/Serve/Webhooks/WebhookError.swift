/// Why a webhook URL is refused or a delivery failed.
enum WebhookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL may not be used (scheme, host, or an address the SSRF guard refuses).
    case refused(String)
    /// The receiver could not be reached (resolution, connection, timeout).
    case unreachable(String)

    var description: String {
        switch self {
        case .refused(let why): return why
        case .unreachable(let why): return why
        }
    }
}
