import Foundation

/// `POST /embed/tokens` body.
struct EmbedTokenRequest: Decodable, Sendable {
    let resourceType: String?
    let resourceID: String?
    let expiresIn: Int?
    let theme: String?
    let params: [String: String]?

    enum CodingKeys: String, CodingKey {
        case resourceType = "resource_type"
        case resourceID = "resource_id"
        case expiresIn = "expires_in"
        case theme, params
    }

    static let themes = ["light", "dark", "auto"]
    static let maximumParams = 20
    static let maximumParamLength = 200

    /// The resource, its id, the lifetime (default and at most `maxSeconds`), with every
    /// fault named in `details`.
    func validated(maxSeconds: Int) throws -> (EmbedResource, String, Int) {
        var problems: [String: String] = [:]
        let resource = resourceType.flatMap(EmbedResource.init(rawValue:))
        if resource == nil { problems["resource_type"] = "Must be chart or dashboard." }
        if let id = resourceID, (1...100).contains(id.count) {
        } else {
            problems["resource_id"] = "1 to 100 characters."
        }
        let lifetime = expiresIn ?? maxSeconds
        if !(60...maxSeconds).contains(lifetime) {
            problems["expires_in"] = "Must be from 60 to \(maxSeconds) seconds."
        }
        if let theme, !Self.themes.contains(theme) { problems["theme"] = "Must be light, dark or auto." }
        if let params {
            if params.count > Self.maximumParams { problems["params"] = "At most \(Self.maximumParams) parameters." }
            for (key, value) in params {
                if !(1...64).contains(key.count) {
                    problems["params.\(key.prefix(64))"] = "Names are 1 to 64 characters."
                } else if value.count > Self.maximumParamLength {
                    problems["params.\(key)"] = "At most \(Self.maximumParamLength) characters."
                }
            }
        }
        guard problems.isEmpty, let resource, let id = resourceID else { throw APIError.validation(problems) }
        return (resource, id, lifetime)
    }
}

/// `POST /embed/revoke` body.
struct EmbedRevokeRequest: Decodable, Sendable {
    let resourceType: String?
    let resourceID: String?

    enum CodingKeys: String, CodingKey {
        case resourceType = "resource_type"
        case resourceID = "resource_id"
    }

    func validated() throws -> (EmbedResource, String) {
        var problems: [String: String] = [:]
        let resource = resourceType.flatMap(EmbedResource.init(rawValue:))
        if resource == nil { problems["resource_type"] = "Must be chart or dashboard." }
        if !(1...100).contains(resourceID?.count ?? 0) { problems["resource_id"] = "1 to 100 characters." }
        guard problems.isEmpty, let resource, let id = resourceID else { throw APIError.validation(problems) }
        return (resource, id)
    }
}
