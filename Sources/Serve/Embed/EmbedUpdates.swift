/// The fan-out of embed changes to open live-update streams. `LocalEmbedHub` serves one
/// process; a deployment of several replicas adds an implementation that also forwards
/// `publish` to the others (PostgreSQL LISTEN/NOTIFY) and feeds what they send to its streams.
protocol EmbedUpdates: Sendable {
    /// Delivers `change` to every subscribed stream of its organization.
    func publish(_ change: EmbedChange)
    /// Registers `inbox`; answers the id to unsubscribe with.
    func subscribe(_ inbox: EmbedInbox) -> Int
    func unsubscribe(_ id: Int)
}
