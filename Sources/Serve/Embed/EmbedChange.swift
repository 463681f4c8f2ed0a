/// Something that changes what an embed shows, published by the write paths.
struct EmbedChange: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A chart was updated or deleted.
        case chart(String)
        /// A dashboard's layout or settings changed, or it was deleted.
        case dashboard(String)
        /// A data source's file was replaced (its charts were recomputed).
        case source(String)
        /// A resource's embed tokens were revoked.
        case revoked(EmbedResource, String)
    }

    let organizationID: String
    let kind: Kind
    /// Its number among the changes delivered by this process's hub (set by `publish`).
    var sequence = 0
}
