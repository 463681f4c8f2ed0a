import Engine

/// The body of `POST /dashboards` and `PUT /dashboards/{dashboard_id}`. Decoding only checks the
/// JSON shape; `DashboardValidation` reads the values and names the field (and, in the layout,
/// the item's index) at fault. `null` is the same as leaving a field out.
struct DashboardRequest: Decodable, Sendable {
    let name: String?
    let description: String?
    let layout: [Engine.JSONValue]?
    let settings: [String: Engine.JSONValue]?
}
