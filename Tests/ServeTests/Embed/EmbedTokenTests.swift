import Foundation
import HTTPTypes
import HummingbirdTesting
import JWTKit
import Synchronization
import TestSupport
import Testing

@testable import Serve

@Suite("Embed tokens")
struct EmbedTokenTests {
    /// An organization with a chart of its own, its administrator's token, and the chart id.
    struct Fixture {
        let org: String
        let admin: String
        let chart: String
        let source: String
    }

    static func fixture(_ c: Client, _ name: String = "Acme") async throws -> Fixture {
        let platform = try await c.adminToken()
        let org = try await c.organization(name, adminToken: platform)
        let source = try await c.uploadSales(token: org.token)
        let chart = try await c.createChart("total revenue by region", source: source, token: org.token)
        return Fixture(org: org.orgID, admin: org.token, chart: chart, source: source)
    }

    @Test("a minted token opens its chart's page: inline SVG, CSP, no cookies, no referrer")
    func mintAndOpen() async throws {
        try await TestServer().test { c in
            let f = try await Self.fixture(c)
            let origins = ["https://blog.example.com", "http://localhost:18500"]
            let put = try await c.call(
                .put, "/api/v1/organizations/\(f.org)", token: f.admin,
                json: ["settings": ["embed": ["allowed_origins": origins]]])
            #expect(put.status == .ok, "\(put.body)")
            let minted = try await c.embedToken("chart", f.chart, token: f.admin, extra: ["expires_in": 3600])
            let url = try #require(minted["url"] as? String)
            #expect(url.hasPrefix("/embed/chart/\(f.chart)?token="))
            #expect((minted["iframe_html"] as? String)?.hasPrefix("<iframe src=\"\(url)\"") == true)
            #expect(minted["expires_at"] as? String == "2027-01-15T09:00:00Z")
            let page = try await c.call(.get, url)
            #expect(page.status == .ok)
            #expect(page.body.contains("<svg") && page.body.contains("North") && page.body.contains("data-events="))
            let csp = try #require(page.header("Content-Security-Policy"))
            #expect(csp.contains("frame-ancestors 'self' https://blog.example.com http://localhost:18500"))
            #expect(csp.contains("script-src 'sha256-"))
            #expect(page.header("Referrer-Policy") == "no-referrer")
            #expect(page.header("Set-Cookie") == nil)
            let dashboard = try await c.createDashboard("Board", charts: [f.chart], token: f.admin)
            let board = try await c.call(.get, try await c.embedPath("dashboard", dashboard, token: f.admin))
            #expect(board.status == .ok && board.body.contains("dashboard-grid") && board.body.contains("<svg"))
        }
    }

    @Test("expired, tampered, alg none, wrong resource, wrong organization and login tokens are refused")
    func refusals() async throws {
        let server = try await TestServer()
        try await server.test { c in
            let f = try await Self.fixture(c)
            let other = try await c.createChart("total revenue by product", source: f.source, token: f.admin)
            let url = try await c.embedPath("chart", f.chart, token: f.admin, extra: ["expires_in": 120])
            let token = String(url.split(separator: "=", maxSplits: 1)[1])
            #expect(try await c.call(.get, url).status == .ok)
            // The wrong resource: the token of one chart on another's page.
            let wrong = try await c.call(.get, "/embed/chart/\(other)?token=\(token)")
            #expect(wrong.status == .notFound)
            #expect(!wrong.body.contains(f.chart) && !wrong.body.contains("North"))
            #expect(try await c.call(.get, "/embed/dashboard/\(f.chart)?token=\(token)").status == .notFound)
            // A tampered signature, a changed payload, and alg none.
            let parts = token.split(separator: ".").map(String.init)
            // The first character: all six of its bits are signature (the last one's low bits are padding).
            let flipped = parts[2].first == "A" ? "B" : "A"
            let tampered = "\(parts[0]).\(parts[1]).\(flipped)\(parts[2].dropFirst())"
            #expect(try await c.call(.get, "/embed/chart/\(f.chart)?token=\(tampered)").status == .unauthorized)
            let none = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64URL
            #expect(
                try await c.call(.get, "/embed/chart/\(f.chart)?token=\(none).\(parts[1]).").status == .unauthorized)
            #expect(try await c.call(.get, "/embed/chart/\(f.chart)?token=\(none).\(parts[1])").status == .unauthorized)
            #expect(try await c.call(.get, "/embed/chart/\(f.chart)").status == .unauthorized)
            // A login token is not an embed token, and an embed token is no login.
            let page = try await c.call(.get, "/embed/chart/\(f.chart)?token=\(f.admin)")
            #expect(page.status == .unauthorized)
            #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(page.body.contains("This embed link is not valid.") && !page.body.contains("AUTHENTICATION"))
            let api = try await c.call(.get, "/api/v1/analytics/chart/\(f.chart)", token: token)
            #expect(api.status == .unauthorized)
            #expect(try await c.call(.get, "/api/v1/data/sources", token: token).status == .unauthorized)
            // Claims for another organization, signed with the right key: the chart is not theirs.
            let now = server.clock.now
            var claims = EmbedClaims(
                iss: .init(value: "aiser"), typ: "embed", jti: .init(value: "emb_x"), org: "org_someone_else",
                rt: .chart, rid: f.chart, gen: 0, iat: .init(value: now), exp: .init(value: now + 600), theme: nil,
                params: [:])
            let foreign = try await server.backend.embedSigner.sign(claims)
            #expect(try await c.call(.get, "/embed/chart/\(f.chart)?token=\(foreign)").status == .notFound)
            claims.org = f.org
            let good = try await server.backend.embedSigner.sign(claims)
            #expect(try await c.call(.get, "/embed/chart/\(f.chart)?token=\(good)").status == .ok)
            // Signed with the login key, or with a rotated embed key: refused.
            let secret = try SecretProvider.secret(for: server.settings)
            let loginKeys = JWTKeyCollection()
            await loginKeys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
            let withLoginKey = try await loginKeys.sign(claims)
            #expect(try await c.call(.get, "/embed/chart/\(f.chart)?token=\(withLoginKey)").status == .unauthorized)
            let rotated = await EmbedSigner(secret: secret, label: "aiser-embed-key-2", now: server.clock.function)
            let oldKey = try await rotated.sign(claims)
            #expect(try await c.call(.get, "/embed/chart/\(f.chart)?token=\(oldKey)").status == .unauthorized)
            // Expiry.
            server.clock.advance(121)
            #expect(try await c.call(.get, url).status == .unauthorized)
        }
    }

    @Test("rotating the key label refuses every token minted before")
    func rotation() async throws {
        let first = try await TestServer()
        let url = try await withOwnedDirectory(first) { c in
            let f = try await Self.fixture(c)
            return try await c.embedPath("chart", f.chart, token: f.admin)
        }
        defer { first.directory.remove() }
        for (label, status) in [("aiser-embed-key-1", HTTPResponse.Status.ok), ("aiser-embed-key-2", .unauthorized)] {
            let again = try await TestServer(clock: first.clock) {
                $0.dataDirectory = first.settings.dataDirectory
                $0.embed.keyLabel = label
            }
            try await again.server.application.test(.router) { raw in
                let answer = try await Client(client: raw).call(.get, url)
                #expect(answer.status == status, "\(label)")
            }
            await again.backend.shutdown()
            again.directory.remove()
        }
    }

    /// Runs `body` on `server` without removing its data directory afterwards.
    func withOwnedDirectory<T: Sendable>(_ server: TestServer, _ body: @escaping @Sendable (Client) async throws -> T)
        async throws -> T
    {
        let result = Mutex<T?>(nil)
        try await server.server.application.test(.router) { raw in
            let value = try await body(Client(client: raw))
            result.withLock { $0 = value }
        }
        await server.backend.shutdown()
        return try #require(result.withLock { $0 })
    }

    @Test("revocation refuses older tokens; only owners and administrators mint; other organizations get 404")
    func revocation() async throws {
        try await TestServer().test { c in
            let f = try await Self.fixture(c)
            let old = try await c.embedPath("chart", f.chart, token: f.admin)
            let r = try await c.call(
                .post, "/api/v1/embed/revoke", token: f.admin, json: ["resource_type": "chart", "resource_id": f.chart])
            #expect(r.status == .ok, "\(r.body)")
            #expect(r.data["generation"] as? Int == 1)
            #expect(try await c.call(.get, old).status == .unauthorized)
            let fresh = try await c.embedPath("chart", f.chart, token: f.admin)
            #expect(try await c.call(.get, fresh).status == .ok)
            let platform = try await c.adminToken()
            let beta = try await c.organization("Beta", adminToken: platform)
            let foreign = try await c.call(
                .post, "/api/v1/embed/tokens", token: beta.token,
                json: ["resource_type": "chart", "resource_id": f.chart])
            #expect(foreign.status == .notFound)
            let revokeForeign = try await c.call(
                .post, "/api/v1/embed/revoke", token: beta.token,
                json: ["resource_type": "chart", "resource_id": f.chart])
            #expect(revokeForeign.status == .notFound)
            let user = try await c.call(
                .post, "/api/v1/users", token: f.admin,
                json: ["email": "member@acme.test", "password": "password-member", "role": "user"])
            #expect(user.status == .created, "\(user.body)")
            let member = try await c.login("member@acme.test", "password-member").access
            let refused = try await c.call(
                .post, "/api/v1/embed/tokens", token: member, json: ["resource_type": "chart", "resource_id": f.chart])
            #expect(refused.status == .forbidden)
            let bad = try await c.call(
                .post, "/api/v1/embed/tokens", token: f.admin,
                json: [
                    "resource_type": "table", "resource_id": "", "expires_in": 40_000_000, "theme": "pink",
                    "params": ["": "x"],
                ])
            #expect(bad.status == .unprocessableContent)
            let details = try #require(bad.error["details"] as? [String: String])
            #expect(
                Set(details.keys) == ["resource_type", "resource_id", "expires_in", "theme", "params."],
                "\(details)")
        }
    }
}

extension Data {
    /// Base64url without padding.
    var base64URL: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
