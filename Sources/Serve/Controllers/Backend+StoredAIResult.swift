import Hummingbird

extension Backend {
    /// `GET` of a stored analysis or workflow: the one named by the route's `parameter`, of the
    /// caller's organization (another organization's id answers 404 like an unknown one).
    func storedAIResult(
        _ context: AppContext, kind: AIResultRecord.Kind, parameter: String
    ) async throws -> Response {
        let identity = try context.identity()
        let id = try context.parameters.require(parameter)
        guard let json = try await aiResults.find(id: id, kind: kind, organizationID: identity.organizationID) else {
            throw APIError.notFound
        }
        return StoredData.response(json, now: now())
    }
}
