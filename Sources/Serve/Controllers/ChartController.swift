import Engine
import Foundation
import Hummingbird

/// `/api/v1/analytics`: ask a question of a data source and keep the chart; read, list, update
/// and delete charts. `GET /charts/{chart_id}` serves the chart as an HTML page.
struct ChartController: Controller {
    let backend: Backend

    var endpoints: [Endpoint] {
        [
            Endpoint(
                Route(
                    .post, "/api/v1/analytics/chart", id: "createChart",
                    "Answer a plain-language question about a data source (by id or name) with a stored chart and computed insights.",
                    tag: "analytics", access: .authenticated(.createCharts), category: .analytics,
                    body: RequestBody(
                        contentType: "application/json", schema: .reference("CreateChartRequest"), required: true),
                    success: (201, .reference("CreatedChart")), errors: [.resourceNotFound, .serviceUnavailable]),
                create)
        ] + ChartController.manage(self)
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let identity = try context.identity()
        let body = try await JSONBody.decode(
            CreateChartRequest.self, from: request, limit: backend.settings.jsonBodyLimit)
        try body.validate()
        let forced = try body.forcedType()
        let options = body.options ?? [:]
        _ = try ChartRequestValidation.chartOptions(options)
        let org = identity.organizationID
        let source = try await backend.dataSources.named(body.dataSource, organizationID: org)
        let question = body.query.trimmingCharacters(in: .whitespacesAndNewlines)
        // Uploaded files through the timed NL engine; warehouse sources pushed down.
        let answer =
            source.warehouse == nil
            ? try await backend.asker.ask(question, source: source)
            : try await backend.answer(question, source: source)
        var chart = answer.chart
        if let forced { chart.type = forced }
        chart = try ChartRequestValidation.apply(options, title: body.title, to: chart)
        let now = backend.epoch
        let record = ChartRecord(
            id: RandomToken.id("chart_"), organizationID: org, userID: identity.userID, dataSourceID: source.id,
            query: question, title: body.title, options: options, chartData: chart,
            insights: answer.insights.map(InsightDTO.init),
            interpretation: answer.interpretation, createdAt: now, updatedAt: now,
            isPublic: body.settings?.isPublic ?? false)
        try await backend.charts.create(record)
        return try JSONBody.response(
            CreatedChartDTO(record, base: backend.settings.publicURL), status: .created, message: "Chart generated")
    }
}
