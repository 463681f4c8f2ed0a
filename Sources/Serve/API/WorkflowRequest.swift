import Engine
import Foundation

/// `POST /ai/workflow`: a `WorkflowDocument`; the data source is the `data_source` parameter of a
/// step (as in the reference) or a top-level `data_source`.
struct WorkflowRequest: Decodable, Sendable {
    /// Steps a workflow may have at most (the document says so with `maxItems`).
    static let maxSteps = 50

    let document: WorkflowDocument
    let dataSource: String?

    enum CodingKeys: String, CodingKey { case dataSource = "data_source" }

    init(from decoder: any Decoder) throws {
        document = try WorkflowDocument(from: decoder)
        dataSource = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .dataSource)
    }

    /// The data source named by the request, or `VALIDATION_ERROR` when none is.
    func source() throws -> String {
        if let dataSource, !dataSource.isEmpty { return dataSource }
        for step in document.steps {
            if case .string(let name)? = step.parameters["data_source"], !name.isEmpty { return name }
        }
        throw APIError.validation(
            "data_source", "Name the data source (a data_preparation parameter or top-level data_source).")
    }

    /// A workflow error as per-field details: `steps[1].parameters.window_size` when the
    /// message names a step and a parameter.
    func details(of error: AnalysisError) -> [String: String] {
        let message = error.message
        if message.hasPrefix("options."), let colon = message.firstIndex(of: ":") {
            return [String(message[..<colon]): message]
        }
        guard let n = Self.capture(#"^step (\d+) \("#, in: message).flatMap({ Int($0) }),
            let index = document.steps.indices.first(where: { (document.steps[$0].step ?? $0 + 1) == n })
        else { return ["steps": message] }
        if let field = Self.capture(#"parameter "?([A-Za-z_]+)"?"#, in: message) {
            return ["steps[\(index)].parameters.\(field)": message]
        }
        return ["steps[\(index)]": message]
    }

    static func capture(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), m.numberOfRanges > 1,
            let r = Range(m.range(at: 1), in: text)
        else { return nil }
        return String(text[r])
    }
}
