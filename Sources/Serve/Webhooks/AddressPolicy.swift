/// Which addresses a webhook may reach: public unicast only, unless private ones are allowed.
enum AddressPolicy {
    /// Why `address` is refused, or nil when it is a public unicast address.
    static func refusal(_ address: IPAddress) -> String? {
        if let inner = address.embeddedV4 { return refusal(inner).map { "IPv4-embedded IPv6 \($0)" } }
        switch address {
        case .v4(let b): return v4Refusal(b)
        case .v6(let b): return v6Refusal(b)
        }
    }

    private static func v4Refusal(_ b: [UInt8]) -> String? {
        let (a, c) = (b[0], b[1])
        switch true {
        case a == 0: return "unspecified/this-network address"
        case a == 127: return "loopback address"
        case a == 10, a == 172 && (16...31).contains(c), a == 192 && c == 168: return "private address"
        case a == 169 && c == 254: return "link-local address (cloud metadata)"
        case a == 100 && (64...127).contains(c): return "carrier-grade NAT address"
        case a == 192 && c == 0 && b[2] == 0, a == 192 && c == 0 && b[2] == 2, a == 198 && c == 51 && b[2] == 100,
            a == 203 && c == 0 && b[2] == 113, a == 198 && (18...19).contains(c), a == 192 && c == 88 && b[2] == 99:
            return "reserved address"
        case (224...239).contains(a): return "multicast address"
        case a >= 240: return "reserved address"
        default: return nil
        }
    }

    private static func v6Refusal(_ b: [UInt8]) -> String? {
        if b.allSatisfy({ $0 == 0 }) { return "unspecified address" }
        if b[0..<15].allSatisfy({ $0 == 0 }) && b[15] == 1 { return "loopback address" }
        if b[0] == 0xff { return "multicast address" }
        if b[0] == 0xfe && (b[1] & 0xc0) == 0x80 { return "link-local address" }
        if b[0] == 0xfe && (b[1] & 0xc0) == 0xc0 { return "site-local address" }
        if (b[0] & 0xfe) == 0xfc { return "unique local (private) address" }
        if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8 { return "documentation address" }
        if b[0] == 0x20 && b[1] == 0x02 { return "6to4 address" }
        if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0 { return "Teredo address" }
        if b[0] == 0x01 && b[1..<8].allSatisfy({ $0 == 0 }) { return "discard-only address" }
        if (b[0] & 0xe0) != 0x20 { return "reserved address" }
        return nil
    }
}
