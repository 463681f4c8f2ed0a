import Engine
import Foundation
import Hummingbird

/// `/api/v1/ai/workflow`: runs a workflow document (preparation, aggregation, trend, anomaly
/// and forecasting steps) over a data source; the run is stored and readable by id.
struct WorkflowController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/ai/workflow", id: "runWorkflow",
                    "Run a workflow of steps (\(WorkflowRunner.stepTypes.joined(separator: ", "))) over a data source; invalid steps answer 422 naming the step and field.",
                    tag: "ai", access: .authenticated(.createCharts), category: .ai,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("WorkflowRequest"), required: true),
                    success: (201, .reference("Workflow")), errors: [.resourceNotFound, .serviceUnavailable]),
                run),
            Endpoint(
                Route(
                    .get, "/api/v1/ai/workflow/{workflow_id}", id: "getWorkflow", "A stored workflow run.",
                    tag: "ai", access: .authenticated(.readData), category: .ai, success: (200, .reference("Workflow"))),
                get),
        ]
    }

    @Sendable func run(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(WorkflowRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        guard !body.document.steps.isEmpty else { throw APIError.validation("steps", "At least one step is required.") }
        guard (1...WorkflowRequest.maxSteps).contains(body.document.steps.count) else {
            throw APIError.validation("steps", "1 to \(WorkflowRequest.maxSteps) steps.")
        }
        let source = try await backend.dataSources.named(try body.source(), organizationID: identity.organizationID)
        let document = body.document
        let output: JSONValue
        do {
            output = try await backend.asker.analytics(source) { try $0.workflow(document) }
        } catch let e as AnalysisError {
            throw APIError.validation(body.details(of: e))
        }
        guard case .object(var fields) = output else {
            throw APIError(.internalError, "The workflow produced no result.")
        }
        let id = RandomToken.id("workflow_")
        fields["workflow_id"] = .string(id)
        fields["data_source_id"] = .string(source.id)
        fields["generated_at"] = .string(Timestamp.string(backend.now()))
        let json = try StoredData.encode(JSONValue.object(fields))
        try await backend.aiResults.create(
            AIResultRecord(
                id: id, kind: .workflow, organizationID: identity.organizationID, userID: identity.userID,
                dataSourceID: source.id, json: json, createdAt: backend.epoch))
        return StoredData.response(json, status: .created, message: "Workflow completed", now: backend.now())
    }

    @Sendable func get(_ request: Request, _ context: AppContext) async throws -> Response {
        try await backend.storedAIResult(context, kind: .workflow, parameter: "workflow_id")
    }
}
