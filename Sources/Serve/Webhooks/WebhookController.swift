import Foundation
import Hummingbird

/// `/api/v1/webhooks`: organization administrators manage their organization's webhooks,
/// send a test ping, list deliveries and redeliver one.
struct WebhookController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        let access = Route.Access.authenticated(.manageWebhooks)
        let body = RequestBody(contentType: "application/json", schema: .reference("WebhookRequest"), required: true)
        func route(
            _ method: HTTPRequest.Method, _ path: String, _ id: String, _ summary: String, status: Int = 200,
            schema: String, body: RequestBody? = nil, query: [QueryParameter] = []
        ) -> Route {
            Route(
                method, "/api/v1/webhooks" + path, id: id, summary, tag: "webhooks", access: access,
                category: .general, query: query, body: body, success: (status, .reference(schema)))
        }
        return [
            Endpoint(
                route(
                    .post, "", "createWebhook",
                    "Create a webhook; without `secret` a strong one is generated. The secret is shown only in this answer.",
                    status: 201, schema: "CreatedWebhook", body: body), create),
            Endpoint(route(.get, "", "listWebhooks", "List the organization's webhooks.", schema: "WebhookList"), list),
            Endpoint(route(.get, "/{webhook_id}", "getWebhook", "Get a webhook.", schema: "Webhook"), get),
            Endpoint(
                route(
                    .put, "/{webhook_id}", "updateWebhook",
                    "Change a webhook; absent fields stay. Setting `active` to true clears a disable.",
                    schema: "Webhook", body: body), update),
            Endpoint(
                route(
                    .delete, "/{webhook_id}", "deleteWebhook", "Delete a webhook and its deliveries.",
                    schema: "DeletedWebhook"),
                delete),
            Endpoint(
                route(
                    .post, "/{webhook_id}/test", "testWebhook", "Queue a `ping` delivery to the webhook.", status: 202,
                    schema: "QueuedDelivery"), test),
            Endpoint(
                route(
                    .get, "/{webhook_id}/deliveries", "listWebhookDeliveries",
                    "List a webhook's deliveries, newest first (never the receiver's response body).",
                    schema: "DeliveryList", query: Page.parameters), deliveries),
            Endpoint(
                route(
                    .post, "/{webhook_id}/deliveries/{delivery_id}/redeliver", "redeliverWebhook",
                    "Queue the same event (same `id` in the payload) again as a new delivery.", status: 202,
                    schema: "QueuedDelivery"), redeliver),
        ]
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(WebhookRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        let problems = body.problems(creating: true)
        if !problems.isEmpty { throw APIError.validation(problems) }
        let url = body.url ?? ""
        try await checkURL(url)
        let now = backend.epoch
        let record = WebhookRecord(
            id: RandomToken.id("whk_"), organizationID: identity.organizationID, userID: identity.userID,
            name: body.name ?? "", url: url, events: body.events ?? [],
            secret: body.secret ?? "whsec_" + RandomToken.string(length: 40),
            active: body.active ?? true, consecutiveFailures: 0, disabledReason: nil, createdAt: now, updatedAt: now)
        try await backend.webhooks.create(record)
        return try JSONBody.response(
            WebhookDTO(record, revealing: true), status: .created,
            message: "Webhook created; store the secret now, it is not shown again")
    }

    @Sendable func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let hooks = try await backend.webhooks.list(organizationID: identity.organizationID)
        return try JSONBody.response(WebhookListDTO(webhooks: hooks.map { WebhookDTO($0) }))
    }

    @Sendable func get(_ request: Request, _ context: AppContext) async throws -> Response {
        try JSONBody.response(WebhookDTO(try await hook(context)))
    }

    @Sendable func update(_ request: Request, _ context: AppContext) async throws -> Response {
        var hook = try await hook(context)
        let body = try await JSONBody.decode(WebhookRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        let problems = body.problems(creating: false)
        if !problems.isEmpty { throw APIError.validation(problems) }
        if let url = body.url {
            try await checkURL(url)
            hook.url = url
        }
        if let name = body.name { hook.name = name }
        if let events = body.events { hook.events = events }
        if let secret = body.secret { hook.secret = secret }
        if let active = body.active {
            hook.active = active
            if active {
                hook.disabledReason = nil
                hook.consecutiveFailures = 0
            }
        }
        hook.updatedAt = backend.epoch
        try await backend.webhooks.update(hook)
        return try JSONBody.response(WebhookDTO(hook), message: "Webhook updated")
    }

    @Sendable func delete(_ request: Request, _ context: AppContext) async throws -> Response {
        let hook = try await hook(context)
        try await backend.webhooks.delete(id: hook.id)
        return try JSONBody.response(DeletedWebhookDTO(webhookID: hook.id), message: "Webhook deleted")
    }

    @Sendable func test(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let hook = try await hook(context)
        let time = backend.epoch
        let eventID = RandomToken.id("evt_")
        let payload = WebhookOutbox.payload(
            .ping, eventID: eventID, organizationID: hook.organizationID, userID: identity.userID,
            data: ["webhook_id": hook.id], at: time)
        let id = try await backend.webhooks.enqueue(
            webhookID: hook.id, event: .ping, eventID: eventID, payload: payload, at: time)
        return try JSONBody.response(
            QueuedDeliveryDTO(deliveryID: id, eventID: eventID), status: .accepted, message: "Ping queued")
    }

    @Sendable func deliveries(_ request: Request, _ context: AppContext) async throws -> Response {
        let hook = try await hook(context)
        let page = try Page(query: QueryReader(request))
        let (rows, total) = try await backend.webhooks.deliveries(webhookID: hook.id, page: page)
        return try JSONBody.response(
            DeliveryListDTO(deliveries: rows.map(DeliveryDTO.init), pagination: Pagination(page: page, total: total)))
    }

    @Sendable func redeliver(_ request: Request, _ context: AppContext) async throws -> Response {
        let hook = try await hook(context)
        let deliveryID = try context.parameters.require("delivery_id")
        guard let old = try await backend.webhooks.delivery(id: deliveryID, webhookID: hook.id),
            let event = WebhookEvent(rawValue: old.event)
        else { throw APIError.notFound }
        let id = try await backend.webhooks.enqueue(
            webhookID: hook.id, event: event, eventID: old.eventID, payload: old.payload, at: backend.epoch)
        return try JSONBody.response(
            QueuedDeliveryDTO(deliveryID: id, eventID: old.eventID), status: .accepted, message: "Redelivery queued")
    }

    /// The webhook named in the path, if it belongs to the caller's organization.
    private func hook(_ context: AppContext) async throws -> WebhookRecord {
        let identity = try context.identity()
        let id = try context.parameters.require("webhook_id")
        guard let hook = try await backend.webhooks.find(id: id, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        return hook
    }

    /// The SSRF guard at creation: a refused URL is a 422 on `url`.
    private func checkURL(_ url: String) async throws {
        do {
            _ = try await backend.urlGuard.check(url)
        } catch let error as WebhookError {
            throw APIError.validation("url", error.description)
        }
    }
}
