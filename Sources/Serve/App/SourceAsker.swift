import Engine
import Foundation

/// Answers a question over one data source's SQLite file with the offline NL engine, off the
/// cooperative pool, timing each successful answer.
struct SourceAsker: Sendable {
    let files: SourceFiles
    let timings: AskTimings

    /// The engine's answer; a question it refuses is `VALIDATION_ERROR` with its message in
    /// `details.query`.
    func ask(_ question: String, source: DataSourceRecord) async throws -> Answer {
        let path = files.url(of: source.id).path
        let table = source.tableName
        let timings = self.timings
        return try await DataController.offload {
            let clock = ContinuousClock()
            let start = clock.now
            do {
                let answer = try Analytics.readOnly(path: path, table: table).ask(question)
                let d = clock.now - start
                timings.record(seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
                return answer
            } catch let error as LanguageError {
                throw APIError.validation("query", error.description)
            }
        }
    }
}
