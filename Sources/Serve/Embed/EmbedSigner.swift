import Crypto
import Foundation
import JWTKit

/// Signs and verifies embed tokens with a key of their own: HMAC-SHA256 of `AISER_SECRET` with
/// the embed key label, so the login key never signs an embed token and rotating the label
/// refuses every embed token minted before.
struct EmbedSigner: Sendable {
    private let keys: JWTKeyCollection
    let now: @Sendable () -> Date

    init(secret: String, label: String, now: @escaping @Sendable () -> Date = { Date() }) async {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: Self.key(secret: secret, label: label)), digestAlgorithm: .sha256)
        self.keys = keys
        self.now = now
    }

    /// The derived key (hex): HMAC-SHA256 keyed by the server secret over `embed:` + label.
    static func key(secret: String, label: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data("embed:\(label)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return Data(mac).map { String(format: "%02x", $0) }.joined()
    }

    func sign(_ claims: EmbedClaims) async throws -> String { try await keys.sign(claims) }

    /// The claims of a well-formed HS256 embed token signed with this key and not expired.
    func verify(_ token: String) async throws -> EmbedClaims {
        guard token.utf8.count <= 4096, TokenSigner.headerAlgorithm(of: token) == "HS256" else {
            throw EmbedError.invalidToken
        }
        let claims: EmbedClaims
        do {
            claims = try await keys.verify(token, as: EmbedClaims.self)
        } catch {
            throw EmbedError.invalidToken
        }
        guard claims.exp.value > now() else { throw EmbedError.invalidToken }
        return claims
    }
}
