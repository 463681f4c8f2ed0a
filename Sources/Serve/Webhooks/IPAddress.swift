#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address as bytes, with the parsing the SSRF guard needs.
enum IPAddress: Sendable, Hashable, CustomStringConvertible {
    case v4([UInt8])
    case v6([UInt8])

    /// A literal host: IPv4 in any spelling `inet_aton` accepts (decimal `2130706433`, octal
    /// `0177.0.0.1`, hex `0x7f.1`, short forms) or IPv6 (with or without brackets); nil for names.
    init?(literal text: String) {
        var host = text
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if let percent = host.firstIndex(of: "%") { host = String(host[..<percent]) }
        if host.contains(":") {
            var a6 = in6_addr()
            guard inet_pton(AF_INET6, host, &a6) == 1 else { return nil }
            self = .v6(withUnsafeBytes(of: &a6) { Array($0) })
            return
        }
        guard let first = host.first, first.isNumber else { return nil }
        var a4 = in_addr()
        guard inet_aton(host, &a4) != 0 else { return nil }
        self = .v4(withUnsafeBytes(of: &a4.s_addr) { Array($0) })
    }

    /// The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`) or IPv4-compatible IPv6 address.
    var embeddedV4: IPAddress? {
        guard case .v6(let b) = self else { return nil }
        if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xff && b[11] == 0xff { return .v4(Array(b[12..<16])) }
        if b[0..<12].allSatisfy({ $0 == 0 }) && !(b[12..<15].allSatisfy { $0 == 0 }) { return .v4(Array(b[12..<16])) }
        // NAT64 well-known prefix 64:ff9b::/96.
        if b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..<12].allSatisfy({ $0 == 0 }) {
            return .v4(Array(b[12..<16]))
        }
        return nil
    }

    var description: String {
        switch self {
        case .v4(let b): return b.map(String.init).joined(separator: ".")
        case .v6(var b):
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            var a6 = in6_addr()
            withUnsafeMutableBytes(of: &a6) { $0.copyBytes(from: b) }
            b = []
            _ = inet_ntop(AF_INET6, &a6, &text, socklen_t(text.count))
            return "[" + String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) + "]"
        }
    }
}
