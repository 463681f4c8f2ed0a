import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Serve

@Suite("The /login page and the session cookie of the pages")
struct LoginPageTests {
    /// The `name=value` part of the answer's `Set-Cookie` for `name`, and the whole header.
    static func cookie(_ name: String, in r: Client.Answer) -> (pair: String, header: String)? {
        for header in r.headers[values: .setCookie] where header.hasPrefix(name + "=") {
            return (String(header.split(separator: ";")[0]), header)
        }
        return nil
    }

    /// `fields` url-encoded.
    static func form(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }

    static func post(
        _ c: Client, _ path: String, _ fields: [(String, String)], cookies: [String], origin: String? = nil
    ) async throws -> Client.Answer {
        var headers = ["Content-Type": LoginController.formType, "Cookie": cookies.joined(separator: "; ")]
        if let origin { headers["Origin"] = origin }
        return try await c.call(.post, path, raw: form(fields), headers: headers)
    }

    @Test("sign in over a real socket: the cookie opens private pages, never the API, and sign-out ends it")
    func flow() async throws {
        try await TestServer().test(.live) { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin)
            let chart = try await c.createChart("total revenue by product", source: source, token: admin)
            #expect(try await c.call(.get, "/charts/\(chart)").status == .unauthorized)

            let page = try await c.call(.get, "/login?next=/charts/\(chart)")
            #expect(page.status == .ok && page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.body.contains("<form method=\"post\" action=\"/login\">"))
            #expect(page.body.contains("name=\"next\" value=\"/charts/\(chart)\""))
            #expect(!page.body.contains("<script"))
            let csrf = try #require(Self.cookie(LoginController.csrfCookie, in: page))
            #expect(csrf.header.contains("HttpOnly") && csrf.header.contains("SameSite=Strict"))
            #expect(!csrf.header.contains("Secure"))
            let token = String(csrf.pair.split(separator: "=")[1])
            #expect(page.body.contains("name=\"csrf\" value=\"\(token)\""))
            let fields = [
                ("email", TestServer.adminEmail), ("password", TestServer.adminPassword), ("csrf", token),
                ("next", "/charts/\(chart)"),
            ]

            // Cross-site forms: no cookie, another token, a foreign Origin.
            for (cookies, origin) in [
                ([], nil), (["\(LoginController.csrfCookie)=\(String(repeating: "a", count: 32))"], nil),
                ([csrf.pair], "https://evil.example"),
            ] as [([String], String?)] {
                let r = try await Self.post(c, "/login", fields, cookies: cookies, origin: origin)
                #expect(r.status == .forbidden && Self.cookie(PageSession.cookieName, in: r) == nil, "\(r.status)")
                #expect(r.header("Content-Type") == "text/html; charset=utf-8")
            }
            // A wrong password shows the form again.
            var wrong = fields
            wrong[1].1 = "wrong password"
            let refused = try await Self.post(c, "/login", wrong, cookies: [csrf.pair])
            #expect(refused.status == .unauthorized && refused.body.contains("Wrong email or password."))
            #expect(Self.cookie(PageSession.cookieName, in: refused) == nil)

            let signedIn = try await Self.post(c, "/login", fields, cookies: [csrf.pair])
            #expect(signedIn.status == .seeOther && signedIn.header("Location") == "/charts/\(chart)")
            let session = try #require(Self.cookie(PageSession.cookieName, in: signedIn))
            for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=\(ServerSettings().refreshTokenSeconds)"] {
                #expect(session.header.contains(attribute), "\(attribute) missing: \(session.header)")
            }
            #expect(!session.header.contains("Secure"))
            let shown = try await c.call(.get, "/charts/\(chart)", headers: ["Cookie": session.pair])
            #expect(shown.status == .ok && shown.body.contains("<svg"))
            // The cookie is for pages only: the API ignores it, and it is no bearer token.
            #expect(
                try await c.call(.get, "/api/v1/analytics/charts", headers: ["Cookie": session.pair]).status
                    == .unauthorized)
            let value = String(session.pair.dropFirst(PageSession.cookieName.count + 1))
            #expect(try await c.call(.get, "/api/v1/analytics/charts", token: value).status == .unauthorized)
            // Nor is an access token a session cookie.
            #expect(
                try await c.call(.get, "/charts/\(chart)", headers: ["Cookie": "\(PageSession.cookieName)=\(admin)"])
                    .status == .unauthorized)
            let me = try await c.call(.get, "/login", headers: ["Cookie": "\(session.pair); \(csrf.pair)"])
            #expect(me.body.contains(TestServer.adminEmail) && me.body.contains("action=\"/logout\""))

            // Sign-out needs the token too, then revokes the session behind the cookie.
            let forged = try await Self.post(c, "/logout", [("csrf", "x")], cookies: [session.pair, csrf.pair])
            #expect(forged.status == .forbidden)
            let out = try await Self.post(c, "/logout", [("csrf", token)], cookies: [session.pair, csrf.pair])
            #expect(out.status == .seeOther && out.header("Location") == "/login")
            #expect(Self.cookie(PageSession.cookieName, in: out)?.header.contains("Max-Age=0") == true)
            #expect(
                try await c.call(.get, "/charts/\(chart)", headers: ["Cookie": session.pair]).status == .unauthorized)
        }
    }

    @Test("next must be a local path; an unsafe one sends the reader to /login")
    func unsafeNext() async throws {
        try await TestServer().test { c in
            let page = try await c.call(.get, "/login?next=//evil.example/x")
            #expect(page.body.contains("name=\"next\" value=\"/login\""))
            let csrf = try #require(Self.cookie(LoginController.csrfCookie, in: page))
            let token = String(csrf.pair.split(separator: "=")[1])
            let r = try await Self.post(
                c, "/login",
                [
                    ("email", TestServer.adminEmail), ("password", TestServer.adminPassword), ("csrf", token),
                    ("next", "https://evil.example/"),
                ], cookies: [csrf.pair])
            #expect(r.status == .seeOther && r.header("Location") == "/login")
        }
    }

    @Test("in production the cookies are Secure")
    func secureInProduction() async throws {
        let server = try await TestServer {
            $0.mode = .production
            $0.secret = String(repeating: "s3cr3t-", count: 8)
        }
        try await server.test { c in
            let page = try await c.call(.get, "/login")
            let csrf = try #require(Self.cookie(LoginController.csrfCookie, in: page))
            #expect(csrf.header.contains("Secure"))
            let token = String(csrf.pair.split(separator: "=")[1])
            let r = try await Self.post(
                c, "/login",
                [("email", TestServer.adminEmail), ("password", TestServer.adminPassword), ("csrf", token)],
                cookies: [csrf.pair])
            #expect(Self.cookie(PageSession.cookieName, in: r)?.header.contains("; Secure") == true)
        }
    }
}
