import Foundation
import HTTPTypes
import Hummingbird

/// Reading the `Cookie` header and writing `Set-Cookie` values (always `HttpOnly`, `Path=/`).
enum Cookies {
    /// The value of the cookie `name`, if the request sent one.
    static func value(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                let value = parts[1].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// A `Set-Cookie` value. Cookie values here are tokens of URL-safe characters only.
    static func setCookie(_ name: String, _ value: String, maxAge: Int, sameSite: String, secure: Bool) -> String {
        var parts = ["\(name)=\(value)", "Path=/", "Max-Age=\(maxAge)", "HttpOnly", "SameSite=\(sameSite)"]
        if secure { parts.append("Secure") }
        return parts.joined(separator: "; ")
    }
}
