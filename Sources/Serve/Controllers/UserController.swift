import Hummingbird

/// `/api/v1/users`: create, read, update, list. Users of other organizations are invisible
/// (404) except to platform administrators.
struct UserController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/users", id: "createUser",
                    "Create a user in your organization (platform administrators: in any, via `organization`).",
                    tag: "users", access: .authenticated(.manageUsers), category: .users,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("CreateUserRequest"), required: true,
                        conflicts: true),
                    success: (201, .reference("User")), errors: [.resourceNotFound, .serviceUnavailable]),
                create),
            Endpoint(
                Route(
                    .get, "/api/v1/users/{user_id}", id: "getUser", "A user's profile with preferences and statistics.",
                    tag: "users", access: .authenticated(.readOwnProfile), category: .users,
                    success: (200, .reference("UserProfile"))),
                get),
            Endpoint(
                Route(
                    .put, "/api/v1/users/{user_id}", id: "updateUser",
                    "Update a profile; role and status need the manage-users permission.", tag: "users",
                    access: .authenticated(.readOwnProfile), category: .users,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("UpdateUserRequest"), required: true),
                    success: (200, .reference("UserProfile")), errors: [.serviceUnavailable]),
                update),
            Endpoint(
                Route(
                    .get, "/api/v1/users", id: "listUsers", "List users of your organization.", tag: "users",
                    access: .authenticated(.readUsers), category: .users,
                    query: Page.parameters + [
                        QueryParameter(
                            name: "role", schema: .string(enumeration: Role.allCases.map(\.rawValue)),
                            summary: "Filter by role."),
                        QueryParameter(
                            name: "organization", schema: .text, summary: "Filter by organization id or name."),
                        QueryParameter(
                            name: "status", schema: .string(enumeration: UserRecord.Status.allCases.map(\.rawValue)),
                            summary: "Filter by status."),
                    ],
                    success: (200, .reference("UserList"))),
                list),
        ]
    }

    /// The profile of user `id` if the caller may see it; 404 for unknown ids and other
    /// organizations alike. One keyed read.
    func visibleProfile(_ id: String, to identity: Identity) async throws -> UserProfileRecord {
        let scope = identity.isPlatformAdmin ? nil : identity.organizationID
        guard let profile = try await backend.users.profile(id: id, organizationID: scope) else {
            throw APIError.notFound
        }
        if profile.user.id != identity.userID { try identity.require(.readUsers) }
        return profile
    }

    static func dto(_ p: UserProfileRecord) -> UserProfileDTO {
        UserProfileDTO(
            user: UserDTO(p.user, organization: p.organizationName), preferences: p.user.preferences,
            statistics: .init(
                chartsCreated: p.statistics.chartsCreated,
                lastLogin: p.statistics.lastLogin.map { Timestamp.string(epoch: $0) },
                totalUsageTime: p.statistics.totalUsageTime))
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(
            CreateUserRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        try body.validate()
        let org = try await targetOrganization(body.organization, for: identity)
        let role = body.role ?? .user
        if role > identity.role && !identity.isPlatformAdmin {
            throw APIError(.permissionDenied, "You cannot grant a broader role than yours.")
        }
        let user = try await AccountService(backend: backend).createUser(
            email: body.email, username: body.username, password: body.password, firstName: body.firstName,
            lastName: body.lastName, role: role, platformAdmin: false, organizationID: org.id)
        return try JSONBody.response(UserDTO(user, organization: org.name), status: .created, message: "User created")
    }

    /// The organization a new user goes into: the caller's, or for platform administrators the
    /// one named by id or name.
    private func targetOrganization(_ name: String?, for identity: Identity) async throws -> OrganizationRecord {
        let own = try await backend.organizations.find(id: identity.organizationID)
        guard let name, !name.isEmpty, name != own?.id, name != own?.name else {
            guard let own else { throw APIError.notFound }
            return own
        }
        guard identity.isPlatformAdmin else {
            throw APIError(.permissionDenied, "You can only create users in your own organization.")
        }
        if let org = try await backend.organizations.find(id: name) { return org }
        if let org = try await backend.organizations.find(name: name) { return org }
        throw APIError(.resourceNotFound, "No such organization.")
    }

    @Sendable func get(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let profile = try await visibleProfile(try context.parameters.require("user_id"), to: identity)
        return try JSONBody.response(Self.dto(profile))
    }

    @Sendable func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        var profile = try await visibleProfile(try context.parameters.require("user_id"), to: identity)
        var user = profile.user
        let body = try await JSONBody.decode(
            UpdateUserRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        try body.validate()
        if user.id != identity.userID || body.role != nil || body.status != nil { try identity.require(.manageUsers) }
        if user.id == identity.userID,
            body.role.map({ $0 != user.role }) == true || body.status.map({ $0 != user.status }) == true
        {
            throw APIError(.permissionDenied, "You cannot change your own role or status.")
        }
        if let role = body.role, role > identity.role, !identity.isPlatformAdmin {
            throw APIError(.permissionDenied, "You cannot grant a broader role than yours.")
        }
        if let v = body.username { user.username = v }
        if let v = body.firstName { user.firstName = v }
        if let v = body.lastName { user.lastName = v }
        if let v = body.role { user.role = v }
        if let v = body.status { user.status = v }
        if let p = body.preferences {
            if let v = p.theme { user.preferences.theme = v }
            if let v = p.language { user.preferences.language = v }
            if let v = p.timezone { user.preferences.timezone = v }
        }
        if let v = body.password { user.passwordHash = try await backend.hasher.hash(v) }
        try await backend.users.update(user)
        profile.user = user
        return try JSONBody.response(Self.dto(profile), message: "User updated")
    }

    @Sendable func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let query = QueryReader(request)
        let page = try Page(query: query)
        var filter = UserFilter(
            organizationID: identity.organizationID, role: try query.enumeration("role", Role.self),
            status: try query.enumeration("status", UserRecord.Status.self))
        if let name = query.string("organization") {
            let org: OrganizationRecord?
            if let byID = try await backend.organizations.find(id: name) {
                org = byID
            } else {
                org = try await backend.organizations.find(name: name)
            }
            // Another organization (for non-platform administrators) matches nothing, like an unknown one.
            filter.organizationID =
                org.map { identity.isPlatformAdmin || $0.id == identity.organizationID ? $0.id : "-" } ?? "-"
        } else if identity.isPlatformAdmin {
            filter.organizationID = nil
        }
        let (users, total) = try await backend.users.list(filter, page: page)
        var names: [String: String] = [:]
        for id in Set(users.map(\.organizationID)) { names[id] = try await backend.organizations.name(id: id) }
        return try JSONBody.response(
            UserListDTO(
                users: users.map { UserDTO($0, organization: names[$0.organizationID] ?? "") },
                pagination: Pagination(page: page, total: total)))
    }
}
