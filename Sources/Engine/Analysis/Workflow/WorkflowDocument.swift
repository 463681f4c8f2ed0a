/// The workflow document of `POST /api/v1/ai/workflow` and `aiser workflow`:
/// `{"workflow_name", "steps": [{"step", "type", "parameters"}], "options"}`.
public struct WorkflowDocument: Sendable, Equatable, Codable {
    /// One step: its number, its type and its parameters.
    public struct Step: Sendable, Equatable, Codable {
        public var step: Int?
        public var type: String
        public var parameters: [String: JSONValue]

        init(step: Int? = nil, type: String, parameters: [String: JSONValue] = [:]) {
            self.step = step
            self.type = type
            self.parameters = parameters
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            step = try c.decodeIfPresent(Int.self, forKey: .step)
            type = try c.decode(String.self, forKey: .type)
            parameters = try c.decodeIfPresent([String: JSONValue].self, forKey: .parameters) ?? [:]
        }
    }

    public var workflowName: String?
    public var steps: [Step]
    public var options: [String: JSONValue]?

    enum CodingKeys: String, CodingKey {
        case steps, options
        case workflowName = "workflow_name"
    }
}
