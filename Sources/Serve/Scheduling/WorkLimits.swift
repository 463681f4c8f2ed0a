import Foundation

/// How much heavy work (uploads' ingest, questions, analyses, workflows) runs at once, how much
/// may wait, and for how long, so `/healthz` and light requests stay fast while heavy ones
/// queue (issue 17, finding 3). Every field is a setting (`Setting.scheduling`).
public struct WorkLimits: Sendable, Equatable {
    /// Heavy jobs running at once, which is also the thread count of the source store's pool:
    /// as many as cores, at least two.
    public var workers = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// Heavy jobs waiting at most; past that, 503 at once.
    public var queueLength = 32
    /// Heavy jobs one organization may have waiting; past that, 503 at once, so one
    /// organization cannot fill the whole queue.
    public var queuePerOrganization = 8
    /// Heavy jobs one organization may run at once; its further ones wait in the queue.
    public var perOrganization = 2
    /// Time a question, analysis or workflow may take, waiting included; past it the caller
    /// gets 503. (Uploads are bounded by the upload limit and the body deadlines instead.)
    public var timeLimit: Duration = .seconds(120)
    /// The `retry_after` seconds of a 503.
    public var retryAfterSeconds = 5

    public init() {}
}
