import Crypto
import Foundation

/// Compact JWTs built by hand from a real token's claims: re-signed, unsigned, tampered.
struct ForgedToken {
    let header: [String: Any]
    let claims: [String: Any]

    /// The header and claims of `token` (a compact JWT).
    init(decoding token: String) throws {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let h = Self.object(parts[0]), let c = Self.object(parts[1]) else {
            throw CocoaError(.coderReadCorrupt)
        }
        header = h
        claims = c
    }

    init(header: [String: Any], claims: [String: Any]) {
        self.header = header
        self.claims = claims
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func object(_ part: String) -> [String: Any]? {
        var b64 = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        return Data(base64Encoded: b64).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }

    /// `header.claims` without the signature.
    var signingInput: String {
        let h = try? JSONSerialization.data(withJSONObject: header, options: .sortedKeys)
        let c = try? JSONSerialization.data(withJSONObject: claims, options: .sortedKeys)
        return Self.base64URL(h ?? Data()) + "." + Self.base64URL(c ?? Data())
    }

    /// Signed with HMAC-SHA256 (`sha384: true`: SHA-384) under `secret`.
    func signed(_ secret: String, sha384: Bool = false) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let input = Data(signingInput.utf8)
        let mac =
            sha384
            ? Data(HMAC<SHA384>.authenticationCode(for: input, using: key))
            : Data(HMAC<SHA256>.authenticationCode(for: input, using: key))
        return signingInput + "." + Self.base64URL(mac)
    }

    /// No signature at all (`alg: none` style).
    var unsigned: String { signingInput + "." }

    func with(header key: String, _ value: Any) -> ForgedToken {
        var h = header
        h[key] = value
        return ForgedToken(header: h, claims: claims)
    }

    func with(claim key: String, _ value: Any) -> ForgedToken {
        var c = claims
        c[key] = value
        return ForgedToken(header: header, claims: c)
    }
}
