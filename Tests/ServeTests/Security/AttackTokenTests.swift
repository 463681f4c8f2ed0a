import Foundation
import HTTPTypes
import Testing

@testable import Serve

/// Issue 17's token attacks against a running router: each credential below is refused with 401
/// `AUTHENTICATION_FAILED` on an authenticated route, while the genuine ones it was made from
/// work (so a refusal is the attack's doing, not a broken set-up).
@Suite("Attack battery: forged, stale and misused credentials")
struct AttackTokenTests {
    static let secret = "attack-battery-secret-0123456789abcdef-0123"
    static let otherSecret = "another-deployment-secret-0123456789abcdef"
    static let lifetime = 600

    func expectRefused(_ c: Client, _ token: String, _ attack: String) async throws {
        let r = try await c.call(.get, "/api/v1/users", token: token)
        #expect(r.status == .unauthorized, "\(attack): \(r.status)")
        #expect(r.errorCode == "AUTHENTICATION_FAILED", "\(attack): \(r.body)")
        #expect(!r.body.contains(token), "\(attack): the answer echoes the credential")
    }

    @Test("tampered, unsigned, re-keyed, re-algorithmed, expired and refresh tokens are refused")
    func forgedTokens() async throws {
        let clock = TestClock()
        let server = try await TestServer(
            clock: clock,
            configure: {
                $0.secret = Self.secret
                $0.accessTokenSeconds = Self.lifetime
            })
        try await server.test { c in
            let platform = try await c.adminToken()
            _ = try await c.organization("Alpha", adminToken: platform)
            let b = try await c.organization("Beta", adminToken: platform)
            let pair = try await c.login("admin@alpha.test", "password-Alpha")
            #expect(try await c.call(.get, "/api/v1/users", token: pair.access).status == .ok)
            let real = try ForgedToken(decoding: pair.access)
            // The forging is sound: the same claims re-signed with the server's secret are accepted.
            #expect(try await c.call(.get, "/api/v1/users", token: real.signed(Self.secret)).status == .ok)

            let parts = pair.access.split(separator: ".").map(String.init)
            var signature = Array(parts[2])
            signature[signature.count / 2] = signature[signature.count / 2] == "A" ? "B" : "A"
            let far = (real.claims["exp"] as? Double ?? 0) + 86_400 * 365
            let attacks: [(String, String)] = [
                ("tampered signature", parts[0] + "." + parts[1] + "." + String(signature)),
                ("claims changed, signature kept", real.with(claim: "sub", b.adminID).signingInput + "." + parts[2]),
                ("expiry extended, signature kept", real.with(claim: "exp", far).signingInput + "." + parts[2]),
                ("alg none", real.with(header: "alg", "none").unsigned),
                ("alg none, signature kept", real.with(header: "alg", "none").signingInput + "." + parts[2]),
                ("HS384 under the right secret", real.with(header: "alg", "HS384").signed(Self.secret, sha384: true)),
                ("HS256 under another secret", real.signed(Self.otherSecret)),
                ("another user under another secret", real.with(claim: "sub", b.adminID).signed(Self.otherSecret)),
                ("type refresh", real.with(claim: "typ", "refresh").signed(Self.otherSecret)),
                ("the refresh token as an access token", pair.refresh),
                ("an empty signature", parts[0] + "." + parts[1] + "."),
                ("two parts", parts[0] + "." + parts[1]),
                ("garbage", "not.a.token"),
            ]
            for (attack, token) in attacks { try await expectRefused(c, token, attack) }

            // Expired: the clock passes the token's lifetime; a fresh login works again.
            clock.advance(TimeInterval(Self.lifetime + 1))
            try await expectRefused(c, pair.access, "expired access token")
            try await expectRefused(c, real.signed(Self.secret), "expired, re-signed")
            let fresh = try await c.login("admin@alpha.test", "password-Alpha")
            #expect(try await c.call(.get, "/api/v1/users", token: fresh.access).status == .ok)
        }
    }

    @Test("a revoked API key is refused, as Bearer and as X-API-Key")
    func revokedKey() async throws {
        try await TestServer().test { c in
            let platform = try await c.adminToken()
            let a = try await c.organization("Alpha", adminToken: platform)
            let created = try await c.call(.post, "/api/v1/api-keys", token: a.token, json: ["name": "ci"])
            let key = try #require(created.data["api_key"] as? String)
            let id = try #require(created.data["key_id"] as? String)
            #expect(try await c.call(.get, "/api/v1/users", token: key).status == .ok)
            #expect(try await c.call(.get, "/api/v1/users", headers: ["X-API-Key": key]).status == .ok)
            #expect(try await c.call(.delete, "/api/v1/api-keys/\(id)", token: a.token).status == .ok)
            try await expectRefused(c, key, "revoked API key as Bearer")
            let r = try await c.call(.get, "/api/v1/users", headers: ["X-API-Key": key])
            #expect(r.status == .unauthorized && r.errorCode == "AUTHENTICATION_FAILED")
            // A key with one character changed is no key.
            var chars = Array(key)
            chars[chars.count - 3] = chars[chars.count - 3] == "a" ? "b" : "a"
            try await expectRefused(c, String(chars), "altered API key")
        }
    }
}
