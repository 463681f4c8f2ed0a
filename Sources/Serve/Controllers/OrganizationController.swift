import Foundation
import Hummingbird

/// `/api/v1/organizations`: create (platform administrators), read with usage, list members.
struct OrganizationController: Controller {
    let backend: Backend

    struct MemberList: Encodable, Sendable {
        let members: [UserDTO]
        let pagination: Pagination
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/organizations", id: "createOrganization",
                    "Create an organization (platform administrators only).", tag: "organizations",
                    access: .authenticated(.manageOrganizations), category: .users,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("CreateOrganizationRequest"),
                        required: true, conflicts: true),
                    success: (201, .reference("Organization"))),
                create),
            Endpoint(
                Route(
                    .get, "/api/v1/organizations/{organization_id}", id: "getOrganization",
                    "An organization with its settings and current usage.", tag: "organizations",
                    access: .authenticated(.readOrganization), category: .users,
                    success: (200, .reference("Organization"))),
                get),
            Endpoint(
                Route(
                    .put, "/api/v1/organizations/{organization_id}", id: "updateOrganization",
                    "Change your organization's name or settings, such as the origins allowed to frame its embeds (organization administrators); keys left out keep their value.",
                    tag: "organizations", access: .authenticated(.manageOrganization), category: .users,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("UpdateOrganizationRequest"),
                        required: true, conflicts: true),
                    success: (200, .reference("Organization"))),
                update),
            Endpoint(
                Route(
                    .get, "/api/v1/organizations/{organization_id}/members", id: "listOrganizationMembers",
                    "The members of an organization.", tag: "organizations",
                    access: .authenticated(.readOrganization), category: .users, query: Page.parameters,
                    success: (200, .reference("MemberList"))),
                members),
        ]
    }

    /// The organization `id` if the caller belongs to it (or is a platform administrator).
    func visibleOrganization(_ id: String, to identity: Identity) async throws -> OrganizationRecord {
        guard identity.isPlatformAdmin || id == identity.organizationID,
            let org = try await backend.organizations.find(id: id)
        else { throw APIError.notFound }
        return org
    }

    func dto(_ org: OrganizationRecord) async throws -> OrganizationDTO {
        let month = CallCounter.month(of: backend.now())
        var usage = try await backend.organizations.usage(organizationID: org.id, month: month)
        usage.apiCallsMonth += backend.calls.pending(organizationID: org.id, month: month)
        return OrganizationDTO(org, usage: usage)
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let body = try await JSONBody.decode(
            CreateOrganizationRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        try body.validate()
        var settings = body.settings ?? OrganizationSettings()
        settings.embed.allowedOrigins = try EmbedOrigins.normalize(
            settings.embed.allowedOrigins, production: backend.settings.mode == .production)
        let org = OrganizationRecord(
            id: RandomToken.id("org_"), name: body.name.trimmingCharacters(in: .whitespaces), domain: body.domain,
            plan: body.plan ?? "free", status: "active", settings: settings,
            createdAt: backend.epoch)
        try await backend.organizations.create(org)
        return try JSONBody.response(try await dto(org), status: .created, message: "Organization created")
    }

    @Sendable func get(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let org = try await visibleOrganization(try context.parameters.require("organization_id"), to: identity)
        return try JSONBody.response(try await dto(org))
    }

    @Sendable func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let org = try await visibleOrganization(try context.parameters.require("organization_id"), to: identity)
        let body = try await JSONBody.decode(
            UpdateOrganizationRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        let changed = try body.applied(to: org, production: backend.settings.mode == .production)
        guard try await backend.organizations.update(changed) else { throw APIError.notFound }
        return try JSONBody.response(try await dto(changed), message: "Organization updated")
    }

    @Sendable func members(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let org = try await visibleOrganization(try context.parameters.require("organization_id"), to: identity)
        let page = try Page(query: QueryReader(request))
        let (users, total) = try await backend.users.list(UserFilter(organizationID: org.id), page: page)
        return try JSONBody.response(
            MemberList(
                members: users.map { UserDTO($0, organization: org.name) },
                pagination: Pagination(page: page, total: total)))
    }
}
