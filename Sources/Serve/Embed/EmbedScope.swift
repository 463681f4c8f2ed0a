import Engine

/// What one embed token shows: a resource of an organization with the token's theme and locked
/// parameters. Tokens with the same scope see the same drawing, so a live update is drawn once
/// per scope and its bytes are sent to every stream of it (`EmbedDrawings`).
struct EmbedScope: Sendable, Hashable {
    let resource: EmbedResource
    let resourceID: String
    let organizationID: String
    /// `light`, `dark` or `auto`, nil for the resource's own.
    let theme: String?
    /// The locked parameters: column values every chart of the resource is filtered to.
    let fixed: FixedValues
}
