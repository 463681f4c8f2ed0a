import Engine
import Foundation
import HTTPTypes
import Hummingbird

/// `/login` and `/logout`: the small sign-in page of the chart and dashboard pages. The form
/// posts to itself; a success sets the `PageSession` cookie and redirects (303) to `next`.
/// Cross-site forms are refused (403): each form carries the token of the `aiser_csrf` cookie
/// (`SameSite=Strict`, double submit), and a request whose `Origin` or `Sec-Fetch-Site` says it
/// came from another site is refused whatever it carries.
struct LoginController: Controller {
    let backend: Backend

    static let csrfCookie = "aiser_csrf"
    static let formType = "application/x-www-form-urlencoded"

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .get, "/login", id: "loginPage",
                    "The sign-in page of the chart and dashboard pages (an HTML form posting to itself); signed in, it shows who you are and a sign-out button.",
                    tag: "pages", access: .public_, category: .general,
                    query: [
                        QueryParameter(
                            name: "next", schema: .text,
                            summary:
                                "A path on this server to go to after signing in (at most 2000 bytes; anything else is ignored)."
                        )
                    ],
                    success: (200, .text), enveloped: false, produces: "text/html"),
                page),
            Endpoint(
                Route(
                    .post, "/login", id: "loginForm",
                    "Sign in with the form of GET /login: sets the HttpOnly session cookie of the pages and redirects (303) to `next`; a wrong email or password shows the form again (401).",
                    tag: "pages", access: .public_, category: .auth,
                    body: RequestBody(contentType: Self.formType, schema: .reference("LoginForm"), required: true),
                    success: (303, .text), enveloped: false, produces: "text/html",
                    errors: [.authenticationFailed, .permissionDenied]),
                login),
            Endpoint(
                Route(
                    .post, "/logout", id: "logoutForm",
                    "Sign out (the form of GET /login): revokes the session and clears its cookie, then redirects (303) to /login.",
                    tag: "pages", access: .public_, category: .auth,
                    body: RequestBody(contentType: Self.formType, schema: .reference("LogoutForm"), required: true),
                    success: (303, .text), enveloped: false, produces: "text/html", errors: [.permissionDenied]),
                logout),
        ]
    }

    @Sendable func page(_ request: Request, _ context: AppContext) async throws -> Response {
        let next = LoginTarget.validated(QueryReader(request).string("next"))
        let sent = Cookies.value(Self.csrfCookie, in: request)
        let csrf = sent.map(Self.isToken) == true ? sent ?? "" : RandomToken.string(length: 32)
        let html: String
        if let identity = await PageSession(backend).identity(of: request),
            let user = try await backend.users.find(id: identity.userID, organizationID: nil)
        {
            html = PageHTML.signedIn(email: user.email, csrf: csrf)
        } else {
            html = PageHTML.login(csrf: csrf, next: next)
        }
        return Self.html(html, status: .ok, cookies: [csrfCookie(csrf)])
    }

    @Sendable func login(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await Self.form(LoginForm.self, from: request, limit: backend.settings.jsonBodyLimit)
        try Self.requireSameSite(request, token: form.csrf)
        let next = LoginTarget.validated(form.next)
        let session: (user: UserRecord, sessionID: String, refreshToken: String)?
        do {
            session = try await backend.startSession(email: form.email, password: form.password)
        } catch let error as APIError where error.code == .serviceUnavailable {
            return Self.html(
                PageHTML.login(csrf: form.csrf, next: next, problem: "The server is busy; try again in a moment."),
                status: .serviceUnavailable, cookies: [])
        }
        guard let (user, sessionID, _) = session else {
            return Self.html(
                PageHTML.login(csrf: form.csrf, next: next, problem: "Wrong email or password."), status: .unauthorized,
                cookies: [])
        }
        let cookie = try await PageSession(backend).cookie(userID: user.id, sessionID: sessionID)
        return Self.redirect(to: next, cookies: [cookie])
    }

    @Sendable func logout(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await Self.form(LogoutForm.self, from: request, limit: backend.settings.jsonBodyLimit)
        try Self.requireSameSite(request, token: form.csrf)
        let session = PageSession(backend)
        if let identity = await session.identity(of: request), case .session(let id) = identity.credential {
            try await backend.sessions.revoke(sessionID: id, now: backend.epoch)
        }
        return Self.redirect(to: LoginTarget.fallback, cookies: [session.clearing])
    }

    func csrfCookie(_ token: String) -> String {
        Cookies.setCookie(
            Self.csrfCookie, token, maxAge: backend.settings.refreshTokenSeconds, sameSite: "Strict",
            secure: backend.settings.mode == .production)
    }

    /// Whether `text` looks like a token this page hands out (32 base-36 characters).
    static func isToken(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 122) }
    }

    /// Refuses (403) a form from another site: a foreign `Origin` or `Sec-Fetch-Site`, or a
    /// token that is not the one of the `aiser_csrf` cookie.
    static func requireSameSite(_ request: Request, token: String) throws {
        let refusal = APIError(.permissionDenied, "This form must be sent from this site's own sign-in page.")
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            throw refusal
        }
        if let origin = request.headers[.origin] {
            let host = origin.split(separator: "://", maxSplits: 1).last.map(String.init)
            guard let host, host == request.head.authority else { throw refusal }
        }
        guard let cookie = Cookies.value(csrfCookie, in: request), isToken(cookie),
            ConstantTime.equal(cookie, token)
        else { throw refusal }
    }

    /// The url-encoded form body as `T`: 415 for another content type, 422 naming a missing field.
    static func form<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        guard request.headers[.contentType]?.lowercased().hasPrefix(formType) == true else {
            throw APIError(.unsupportedMediaType, "The form must be \(formType).")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw APIError(.payloadTooLarge, "The request body is larger than \(limit) bytes.")
        }
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer))
        } catch let error as DecodingError {
            throw APIError.validation(JSONBody.details(of: error))
        } catch {
            throw APIError.validation("body", "The form is malformed.")
        }
    }

    static func html(_ html: String, status: HTTPResponse.Status, cookies: [String]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(to location: String, cookies: [String]) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        headers[.contentType] = "text/html; charset=utf-8"
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        let body = PageHTML.document(
            title: "Redirect", body: "<p><a href=\"\(Escape.html(location))\">Continue</a></p>")
        return Response(status: .seeOther, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// The fields of the sign-in form.
struct LoginForm: Decodable, Sendable {
    let email: String
    let password: String
    let csrf: String
    let next: String?
}

/// The field of the sign-out form.
struct LogoutForm: Decodable, Sendable {
    let csrf: String
}
