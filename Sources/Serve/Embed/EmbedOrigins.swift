import Foundation

/// The origins allowed to frame an organization's embeds (`settings.embed.allowed_origins`):
/// each `scheme://host[:port]` exactly — no path, query, credentials or wildcard — and https in
/// production (plain http is accepted in development for local sites).
enum EmbedOrigins {
    static let maximum = 50

    /// The origins normalised (lowercase, default port dropped, duplicates removed), or a
    /// `VALIDATION_ERROR` naming each bad entry (`settings.embed.allowed_origins[1]`).
    static func normalize(_ origins: [String], production: Bool) throws -> [String] {
        var problems: [String: String] = [:]
        let field = "settings.embed.allowed_origins"
        if origins.count > maximum { problems[field] = "At most \(maximum) origins." }
        var out: [String] = []
        for (i, text) in origins.enumerated() {
            switch origin(text, production: production) {
            case .success(let o): if !out.contains(o) { out.append(o) }
            case .failure(let problem): problems["\(field)[\(i)]"] = problem.message
            }
        }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        return out
    }

    struct Problem: Error {
        let message: String
    }

    static func origin(_ text: String, production: Bool) -> Result<String, Problem> {
        let bad = Problem(message: "Must be an origin such as https://example.com (scheme, host and optional port).")
        guard text.count <= 300, !text.contains("*"), !text.contains(where: \.isWhitespace),
            let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = parts.host?.lowercased(), !host.isEmpty,
            parts.user == nil, parts.password == nil, parts.query == nil, parts.fragment == nil,
            parts.path.isEmpty || parts.path == "/",
            host.allSatisfy({
                $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" || $0 == "[" || $0 == "]"
            })
        else { return .failure(bad) }
        if production && scheme != "https" { return .failure(Problem(message: "Must use https in production.")) }
        var origin = "\(scheme)://\(host)"
        if let port = parts.port {
            guard (1...65535).contains(port) else { return .failure(bad) }
            if !((scheme == "https" && port == 443) || (scheme == "http" && port == 80)) { origin += ":\(port)" }
        }
        return .success(origin)
    }
}
