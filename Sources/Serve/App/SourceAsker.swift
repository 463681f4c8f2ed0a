import Engine
import Foundation

/// Answers a question over one data source's SQLite file with the offline NL engine, on the
/// source store's pool, timing each successful answer.
struct SourceAsker: Sendable {
    let store: SourceStore
    let timings: AskTimings

    /// The engine's answer; a question it refuses is `VALIDATION_ERROR` with its message in
    /// `details.query`.
    func ask(_ question: String, source: DataSourceRecord) async throws -> Answer {
        let timings = self.timings
        return try await store.ask(source) { reader in
            let clock = ContinuousClock()
            let start = clock.now
            do {
                let answer = try reader.asker().ask(question)
                let d = clock.now - start
                timings.record(seconds: d.seconds)
                return answer
            } catch let error as LanguageError {
                throw APIError.validation("query", error.description)
            }
        }
    }
}
