import Crypto
import Engine
import Foundation
import Generator

/// What an embed shows right now: the drawn HTML (the body of the page, also what a live
/// update sends), its version, and which charts and sources it depends on.
struct EmbedView: Sendable, Equatable {
    let title: String
    let theme: PageTheme
    let html: String
    /// A digest of `html`: the Server-Sent Events id, so a resumed stream skips what it has.
    let version: String
    let charts: Set<String>
    let sources: Set<String>
    /// Seconds between re-runs of the queries, when the dashboard asks for it.
    let refreshInterval: Int?

    init(
        title: String, theme: PageTheme, html: String, charts: Set<String>, sources: Set<String>,
        refreshInterval: Int? = nil
    ) {
        self.title = title
        self.theme = theme
        self.html = html
        self.charts = charts
        self.sources = sources
        self.refreshInterval = refreshInterval
        version = SHA256.hash(data: Data(html.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `change` may alter this view of `resource` `id`.
    func isAffected(by change: EmbedChange.Kind, resource: EmbedResource, id: String) -> Bool {
        switch change {
        case .chart(let chart): return charts.contains(chart)
        case .dashboard(let dashboard): return resource == .dashboard && dashboard == id
        case .source(let source): return sources.contains(source)
        case .revoked: return false
        }
    }
}

extension Backend {
    /// The current view of an embed's `scope`, nil when the resource is gone. Charts are drawn
    /// as the scope's locked parameters filter them; `fresh` re-runs each chart's question on
    /// its source's current data (auto refresh), otherwise charts without locked parameters
    /// are drawn as stored (the write paths keep them current).
    func embedView(of scope: EmbedScope, fresh: Bool = false) async throws -> EmbedView? {
        let org = scope.organizationID
        let theme = scope.theme.flatMap(PageTheme.init(rawValue:))
        switch scope.resource {
        case .chart:
            guard let record = try await charts.find(id: scope.resourceID, organizationID: org) else { return nil }
            let theme = theme ?? .light
            let html: String
            do {
                let chart = try await chartData(record, fixing: scope.fixed, fresh: fresh)
                html = EmbedDocument.body(chart: chart, theme: theme)
            } catch let error as APIError {
                html = EmbedDocument.body(message: error.details["query"] ?? error.message)
            }
            return EmbedView(
                title: record.title ?? record.chartData.options.title ?? "Chart", theme: theme, html: html,
                charts: [record.id],
                sources: [record.dataSourceID])
        case .dashboard:
            guard let record = try await dashboards.find(id: scope.resourceID, organizationID: org) else {
                return nil
            }
            var items: [DashboardDocument.Item] = []
            var charts = Set<String>(), sources = Set<String>()
            for item in record.layout {
                charts.insert(item.chartID)
                var chart: ChartData?
                var message = DashboardItemDTO.deletedMessage
                if let stored = try await self.charts.find(id: item.chartID, organizationID: org) {
                    sources.insert(stored.dataSourceID)
                    do { chart = try await chartData(stored, fixing: scope.fixed, fresh: fresh) } catch let error
                        as APIError
                    {
                        message = error.details["query"] ?? error.message
                    }
                }
                items.append(
                    DashboardDocument.Item(
                        chart: chart, message: message, x: item.position.x, y: item.position.y, w: item.position.w,
                        h: item.position.h))
            }
            let theme = theme ?? PageTheme(rawValue: record.settings.theme) ?? .light
            let document = DashboardDocument(
                title: record.name, description: record.description, theme: theme, items: items)
            return EmbedView(
                title: record.name, theme: theme, html: EmbedDocument.body(dashboard: document), charts: charts,
                sources: sources, refreshInterval: record.settings.autoRefresh ? record.settings.refreshInterval : nil)
        }
    }
}
