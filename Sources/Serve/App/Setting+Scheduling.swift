extension Setting {
    /// Limits of heavy work: uploads' ingest, questions, analyses and workflows (`WorkLimits`).
    static let scheduling: [Setting] = [
        Setting(
            "AISER_HEAVY_WORKERS", default: { String($0.work.workers) },
            "Heavy jobs (an upload's ingest, a question, an analysis, a workflow) running at once, also the threads of the data sources' pool; more wait in the queue. The default is the processor count, at least 2."
        ) { $0.work.workers = try int($1, "AISER_HEAVY_WORKERS", 1...1024) },
        Setting(
            "AISER_HEAVY_QUEUE", default: { String($0.work.queueLength) },
            "Heavy jobs waiting at most; past that they are answered 503 with `retry_after` at once."
        ) { $0.work.queueLength = try int($1, "AISER_HEAVY_QUEUE", 0...100_000) },
        Setting(
            "AISER_HEAVY_QUEUE_PER_ORGANIZATION", default: { String($0.work.queuePerOrganization) },
            "Heavy jobs one organization may have waiting; past that its requests are answered 503 with `retry_after` at once."
        ) { $0.work.queuePerOrganization = try int($1, "AISER_HEAVY_QUEUE_PER_ORGANIZATION", 0...100_000) },
        Setting(
            "AISER_HEAVY_PER_ORGANIZATION", default: { String($0.work.perOrganization) },
            "Heavy jobs one organization may run at once; its further ones wait in the queue, and a freed worker goes to the organization running the fewest."
        ) { $0.work.perOrganization = try int($1, "AISER_HEAVY_PER_ORGANIZATION", 1...1024) },
        Setting(
            "AISER_HEAVY_TIME_LIMIT", default: { String($0.work.timeLimit.components.seconds) },
            "Seconds a question, analysis or workflow may take, waiting included; past it the answer is 503 with `retry_after`."
        ) { $0.work.timeLimit = .seconds(try int($1, "AISER_HEAVY_TIME_LIMIT", 1...86_400)) },
        Setting(
            "AISER_HEAVY_RETRY_AFTER", default: { String($0.work.retryAfterSeconds) },
            "The `retry_after` seconds (and `Retry-After` header) of those 503 answers."
        ) { $0.work.retryAfterSeconds = try int($1, "AISER_HEAVY_RETRY_AFTER", 1...3600) },
    ]
}
