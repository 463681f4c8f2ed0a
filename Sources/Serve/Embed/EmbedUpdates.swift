/// The fan-out of embed changes to open live-update streams. `LocalEmbedHub` serves one
/// process; a deployment of several replicas adds an implementation that also forwards
/// `publish` to the others (PostgreSQL LISTEN/NOTIFY) and feeds what they send to its streams.
protocol EmbedUpdates: Sendable {
    /// Delivers `change` to every subscribed stream of its organization, numbered one past
    /// `sequence`.
    func publish(_ change: EmbedChange)
    /// The number of the last change delivered (0 before any): a drawing started now reflects
    /// every change up to it.
    var sequence: Int { get }
    /// Registers `inbox`; answers the id to unsubscribe with.
    func subscribe(_ inbox: EmbedInbox) -> Int
    func unsubscribe(_ id: Int)
}
