/// `POST /webhooks` and `PUT /webhooks/{id}` body; on update, absent fields stay as they are.
struct WebhookRequest: Decodable, Sendable {
    let name: String?
    let url: String?
    let events: [String]?
    let secret: String?
    let active: Bool?

    /// Field problems (unknown events, lengths); the URL is checked by the SSRF guard.
    func problems(creating: Bool) -> [String: String] {
        var problems: [String: String] = [:]
        if creating && name == nil { problems["name"] = "Required." }
        if let name, name.isEmpty || name.count > 100 { problems["name"] = "1 to 100 characters." }
        if creating && url == nil { problems["url"] = "Required." }
        if creating && events == nil { problems["events"] = "Required." }
        if let events {
            let unknown = events.filter { !WebhookEvent.subscribable.contains($0) }
            if events.isEmpty || events.count > 20 {
                problems["events"] = "1 to 20 event names."
            } else if !unknown.isEmpty {
                problems["events"] =
                    "Unknown event \(unknown[0]); one of \(WebhookEvent.subscribable.joined(separator: ", "))."
            }
        }
        if let secret, secret.count < 16 || secret.count > 200 { problems["secret"] = "16 to 200 characters." }
        return problems
    }
}
