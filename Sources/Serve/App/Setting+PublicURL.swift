import Foundation

extension Setting {
    /// `AISER_PUBLIC_URL` checked and normalised: an absolute `http`/`https` URL with a host, no
    /// query, fragment or credentials; a trailing slash is dropped so paths can be appended.
    static func publicURL(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let parts = URLComponents(string: trimmed), let scheme = parts.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parts.host, !host.isEmpty,
            parts.query == nil, parts.fragment == nil, parts.user == nil, parts.password == nil
        else {
            throw SettingsError(
                "AISER_PUBLIC_URL must be an http or https URL such as https://aiser.example.com, not \(text).")
        }
        var url = trimmed
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
