import Engine

/// The small server-drawn pages: the login form, the signed-in page and the plain error pages
/// of the chart and dashboard pages. No script, no external resource; every value escaped.
enum PageHTML {
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem;\
        color:#1F2328;background:#FFFFFF}h1{font-size:1.4rem}label{display:block;margin:.8rem 0 .2rem}\
        input{width:100%;padding:.45rem;box-sizing:border-box;font:inherit}button{margin-top:1rem;padding:.45rem 1rem;font:inherit}\
        .error{color:#B42318}@media (prefers-color-scheme:dark){body{color:#E6EDF3;background:#0D1117}a{color:#58A6FF}}
        """

    /// A whole page with `title` and the (already escaped) `body` markup. Its referrer policy is
    /// `same-origin`, not `no-referrer`: under `no-referrer` browsers send `Origin: null` with
    /// the sign-in form, which the cross-site check must refuse.
    static func document(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="same-origin"><title>\(Escape.html(title)) · Aiser</title><style>\(style)</style></head>
        <body>
        \(body)
        </body></html>
        """
    }

    /// The sign-in form posting to itself, with the CSRF token and the page to go to afterwards.
    static func login(csrf: String, next: String, problem: String? = nil) -> String {
        let error = problem.map { "<p class=\"error\" role=\"alert\">\(Escape.html($0))</p>\n" } ?? ""
        return document(
            title: "Sign in",
            body: """
                <h1>Sign in to Aiser</h1>
                \(error)<form method="post" action="/login">
                <input type="hidden" name="csrf" value="\(Escape.html(csrf))">
                <input type="hidden" name="next" value="\(Escape.html(next))">
                <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
                <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit">Sign in</button>
                </form>
                """)
    }

    /// The page of a signed-in reader: who they are, and the sign-out button.
    static func signedIn(email: String, csrf: String) -> String {
        document(
            title: "Signed in",
            body: """
                <h1>Signed in</h1>
                <p>You are signed in as <strong>\(Escape.html(email))</strong>.</p>
                <form method="post" action="/logout"><input type="hidden" name="csrf" value="\(Escape.html(csrf))">
                <button type="submit">Sign out</button></form>
                """)
    }

    /// The plain page of an error: what happened and, for 401, a link to sign in and come back
    /// to `next`.
    static func error(_ error: APIError, next: String?) -> String {
        switch error.code {
        case .authenticationFailed:
            let link = "/login?next=" + LoginTarget.percentEncoded(next ?? "/login")
            return document(
                title: "Sign in required",
                body: """
                    <h1>Sign in required</h1>
                    <p>This page is shared with the members of its organization.</p>
                    <p><a href="\(Escape.html(link))">Sign in</a></p>
                    """)
        case .resourceNotFound:
            return document(
                title: "Not found",
                body: "<h1>Not found</h1>\n<p>There is no page here, or it is not shared with you.</p>")
        default:
            return document(title: "Error", body: "<h1>Error</h1>\n<p>\(Escape.html(error.message))</p>")
        }
    }
}
