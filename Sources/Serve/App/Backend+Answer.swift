import Engine

extension Backend {
    /// The answer to `question` about `source`, with `fixed` values replacing its own conditions:
    /// from the source's SQLite file by the cached NL engine (with its stored artefacts when they
    /// can be had in time: `SourceStore.ask`), or, for a warehouse source, pushed
    /// down to the warehouse (its vocabulary read there, the question parsed on the store's pool,
    /// its queries run there). A question the engine refuses is `VALIDATION_ERROR` on `query`,
    /// its message after `refusal`.
    func answer(
        _ question: String, source: DataSourceRecord, fixing fixed: FixedValues = FixedValues(), refusal: String = ""
    ) async throws -> Answer {
        guard let (analytics, password) = try warehouse(source) else {
            return try await sources.ask(source) { reader in
                do {
                    return try reader.asker().ask(question, fixing: fixed)
                } catch let error as LanguageError {
                    throw APIError.validation("query", refusal + error.description)
                }
            }
        }
        return try await onWarehouse(field: "connection", password: password) {
            let reader = try await analytics.questionReader()
            let prepared = try await sources.pool.run {
                do {
                    return try reader.prepare(question, fixing: fixed)
                } catch let error as LanguageError {
                    throw APIError.validation("query", refusal + error.description)
                }
            }
            return try await analytics.answer(prepared, with: reader)
        }
    }
}
