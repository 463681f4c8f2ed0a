"""The synchronous namespaces of `AiserClient`, one per API resource.

`async_resources.py` is generated from this file by `scripts/gen_async.py`; edit this one."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable, Mapping

from ._base import Op, body
from ._models import (
    AIModel, Analysis, APIKey, Chart, ChartSummary, CreatedAPIKey, CreatedChart, Dashboard, DashboardSummary,
    DataSource, DataSourceSchema, DeletedChart, DeletedDashboard, DeletedDataSource, EmbedRevocation, EmbedToken,
    HealthStatus, LogoutResult, Organization,
    RevokedAPIKey, Token, User, UserProfile, Workflow,
    CreatedWebhook, DeletedWebhook, QueuedDelivery, Webhook, WebhookDelivery,
    PlatformMetrics, SearchResult, UserMetrics,
)
from ._pagination import SyncPager, page_cast
from ._upload import FileInput, ProgressCallback, UploadBody


class _Namespace:
    def __init__(self, client: Any) -> None:
        self._client = client


class Auth(_Namespace):
    """Log in, refresh and log out. The client keeps the tokens it receives and uses them."""

    def login(self, *, email: str, password: str) -> Token:
        """Exchanges email and password for an access token (and refresh token)."""
        return self._client._request(
            Op("login", "POST", "/auth/login", json={"email": email, "password": password}, auth=False,
               cast=self._client._tokens_from)
        )

    def refresh(self, *, refresh_token: str | None = None) -> Token:
        """New tokens for the client's (or the given) refresh token; the old one is rotated out."""
        token = refresh_token or self._client._refresh_token
        return self._client._request(
            Op("refresh", "POST", "/auth/refresh", json={"refresh_token": token}, auth=False,
               cast=self._client._tokens_from)
        )

    def logout(self) -> LogoutResult:
        """Revokes the current session and its refresh tokens."""
        return self._client._request(Op("logout", "POST", "/auth/logout", cast=self._client._logged_out))


class Users(_Namespace):
    """Users of your organization."""

    def create(
        self, *, email: str, password: str, username: str | None = None, first_name: str | None = None,
        last_name: str | None = None, role: str | None = None, organization: str | None = None, **extra: Any,
    ) -> User:
        """Creates a user (platform administrators may name another `organization`)."""
        return self._client._request(Op("createUser", "POST", "/users", json=body(
            email=email, password=password, username=username, first_name=first_name, last_name=last_name,
            role=role, organization=organization, extra=extra), cast=User.from_dict))

    def list(
        self, *, role: str | None = None, organization: str | None = None, status: str | None = None,
        limit: int | None = None, page: int = 1,
    ) -> SyncPager[User]:
        """Every matching user; iterate to page through all of them."""
        q = dict(role=role, organization=organization, status=status, limit=limit)
        return SyncPager(lambda n: self._client._request(Op(
            "listUsers", "GET", "/users", query={**q, "page": n}, cast=page_cast(User, "users"))), page)

    def get(self, user_id: str) -> UserProfile:
        """A user's profile with preferences and statistics."""
        return self._client._request(Op(
            "getUser", "GET", "/users/{user_id}", {"user_id": user_id}, cast=UserProfile.from_dict))

    def update(
        self, user_id: str, *, first_name: str | None = None, last_name: str | None = None,
        username: str | None = None, password: str | None = None, preferences: Mapping[str, Any] | None = None,
        role: str | None = None, status: str | None = None, **extra: Any,
    ) -> UserProfile:
        """Updates a profile; `role` and `status` need the manage-users permission."""
        return self._client._request(Op("updateUser", "PUT", "/users/{user_id}", {"user_id": user_id}, json=body(
            first_name=first_name, last_name=last_name, username=username, password=password,
            preferences=preferences, role=role, status=status, extra=extra), cast=UserProfile.from_dict))


class Organizations(_Namespace):
    """Organizations and their members."""

    def create(
        self, *, name: str, domain: str | None = None, plan: str | None = None,
        settings: Mapping[str, Any] | None = None, **extra: Any,
    ) -> Organization:
        """Creates an organization (platform administrators)."""
        return self._client._request(Op("createOrganization", "POST", "/organizations", json=body(
            name=name, domain=domain, plan=plan, settings=settings, extra=extra), cast=Organization.from_dict))

    def get(self, organization_id: str) -> Organization:
        """An organization with its settings and current usage."""
        return self._client._request(Op(
            "getOrganization", "GET", "/organizations/{organization_id}", {"organization_id": organization_id},
            cast=Organization.from_dict))

    def update(
        self, organization_id: str, *, name: str | None = None, settings: Mapping[str, Any] | None = None,
    ) -> Organization:
        """Changes the name or settings keys given (organization administrators), e.g.
        `settings={"embed": {"allowed_origins": ["https://example.com"]}}`; the others keep their value."""
        return self._client._request(Op(
            "updateOrganization", "PUT", "/organizations/{organization_id}", {"organization_id": organization_id},
            json=body(name=name, settings=settings), cast=Organization.from_dict))

    def list_members(self, organization_id: str, *, limit: int | None = None, page: int = 1) -> SyncPager[User]:
        """Every member of an organization; iterate to page through all of them."""
        return SyncPager(lambda n: self._client._request(Op(
            "listOrganizationMembers", "GET", "/organizations/{organization_id}/members",
            {"organization_id": organization_id}, query={"limit": limit, "page": n},
            cast=page_cast(User, "members"))), page)


class APIKeys(_Namespace):
    """API keys: long-lived credentials for scripts and servers."""

    def create(self, *, name: str, role: str | None = None) -> CreatedAPIKey:
        """Creates a key; its secret `api_key` is in this answer only."""
        return self._client._request(Op(
            "createAPIKey", "POST", "/api-keys", json=body(name=name, role=role), cast=CreatedAPIKey.from_dict))

    def list(self) -> list[APIKey]:
        """Your API keys (prefixes only, never the secrets)."""
        return self._client._request(Op(
            "listAPIKeys", "GET", "/api-keys", cast=lambda d: [APIKey.from_dict(k) for k in d["api_keys"]]))

    def revoke(self, key_id: str) -> RevokedAPIKey:
        """Revokes a key."""
        return self._client._request(Op(
            "revokeAPIKey", "DELETE", "/api-keys/{key_id}", {"key_id": key_id}, cast=RevokedAPIKey.from_dict))


class Data(_Namespace):
    """Data sources: upload files, list them, read their schema, delete them."""

    def upload(
        self, file: FileInput, *, data_source_name: str | None = None, description: str | None = None,
        tags: Iterable[str] | None = None, filename: str | None = None, on_progress: ProgressCallback | None = None,
    ) -> DataSource:
        """Uploads a CSV, TSV, XLSX, JSON or NDJSON file from a path, bytes or a binary stream.

        `on_progress(sent, total)` is called as the body is sent (`total` is None for a stream of
        unknown length); `filename` is needed for bytes and for streams without a name."""
        fields = {k: v for k, v in {
            "data_source_name": data_source_name, "description": description,
            "tags": ",".join(tags) if tags is not None else None}.items() if v is not None}
        upload = UploadBody(file, filename=filename, fields=fields, on_progress=on_progress)
        return self._client._request(Op("uploadData", "POST", "/data/upload", upload=upload, cast=DataSource.from_dict))

    def create_source(
        self, *, name: str, type: str, url: str | None = None, host: str | None = None, port: int | None = None,
        database: str | None = None, user: str | None = None, password: str | None = None, table: str | None = None,
        sql: str | None = None, description: str | None = None, tags: Iterable[str] | None = None,
    ) -> DataSource:
        """Registers a warehouse table or query (`type` postgres or clickhouse; `url` or host/port/database/user;
        `table` or `sql`) as a data source whose queries run in the warehouse. The server must list the host in
        AISER_WAREHOUSE_HOSTS; the password is stored encrypted and never returned."""
        return self._client._request(Op(
            "createDataSource", "POST", "/data/sources", json=body(
                name=name, type=type, url=url, host=host, port=port, database=database, user=user, password=password,
                table=table, sql=sql, description=description, tags=list(tags) if tags is not None else None),
            cast=DataSource.from_dict))

    def list_sources(
        self, *, tags: Iterable[str] | None = None, created_after: _dt.datetime | str | None = None,
        file_type: str | None = None, limit: int | None = None, page: int = 1,
    ) -> SyncPager[DataSource]:
        """Every matching data source; iterate to page through all of them."""
        q = dict(tags=list(tags) if tags is not None else None, created_after=created_after, file_type=file_type,
                 limit=limit)
        return SyncPager(lambda n: self._client._request(Op(
            "listDataSources", "GET", "/data/sources", query={**q, "page": n},
            cast=page_cast(DataSource, "data_sources"))), page)

    def get_schema(self, data_source_id: str) -> DataSourceSchema:
        """Each column's type, nulls, distinct values and samples, plus quality statistics."""
        return self._client._request(Op(
            "getDataSourceSchema", "GET", "/data/sources/{data_source_id}/schema", {"data_source_id": data_source_id},
            cast=DataSourceSchema.from_dict))

    def replace_file(
        self, data_source_id: str, file: FileInput, *, filename: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> DataSource:
        """Replaces a data source's data with a new file, keeping its id; its charts show the new data."""
        upload = UploadBody(file, filename=filename, fields={}, on_progress=on_progress)
        return self._client._request(Op(
            "replaceDataSourceFile", "PUT", "/data/sources/{data_source_id}/file", {"data_source_id": data_source_id},
            upload=upload, cast=DataSource.from_dict))

    def delete_source(self, data_source_id: str) -> DeletedDataSource:
        """Deletes a data source and its file."""
        return self._client._request(Op(
            "deleteDataSource", "DELETE", "/data/sources/{data_source_id}", {"data_source_id": data_source_id},
            cast=DeletedDataSource.from_dict))


class Analytics(_Namespace):
    """Charts from plain-language questions."""

    def generate_chart(
        self, *, query: str, data_source: str, chart_type: str | None = None, title: str | None = None,
        options: Mapping[str, Any] | None = None, settings: Mapping[str, Any] | None = None, **extra: Any,
    ) -> CreatedChart:
        """Answers a question about a data source (id or name) with a stored chart and insights;
        `settings={"public": True}` shares its page with anyone who has the link."""
        return self._client._request(Op("createChart", "POST", "/analytics/chart", json=body(
            query=query, data_source=data_source, chart_type=chart_type, title=title, options=options,
            settings=settings, extra=extra), cast=CreatedChart.from_dict))

    def get_chart(self, chart_id: str) -> Chart:
        """A stored chart with its question, chart data and insights."""
        return self._client._request(Op(
            "getChart", "GET", "/analytics/chart/{chart_id}", {"chart_id": chart_id}, cast=Chart.from_dict))

    def list_charts(
        self, *, query: str | None = None, chart_type: str | None = None,
        created_after: _dt.datetime | str | None = None, sort_by: str | None = None, sort_order: str | None = None,
        limit: int | None = None, page: int = 1,
    ) -> SyncPager[ChartSummary]:
        """Every matching chart; iterate to page through all of them."""
        q = dict(query=query, chart_type=chart_type, created_after=created_after, sort_by=sort_by,
                 sort_order=sort_order, limit=limit)
        return SyncPager(lambda n: self._client._request(Op(
            "listCharts", "GET", "/analytics/charts", query={**q, "page": n},
            cast=page_cast(ChartSummary, "charts"))), page)

    def update_chart(
        self, chart_id: str, *, options: Mapping[str, Any] | None = None, title: str | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> Chart:
        """Changes a chart's options, title or sharing (`settings={"public": …}`); the chart is re-rendered."""
        return self._client._request(Op(
            "updateChart", "PUT", "/analytics/chart/{chart_id}", {"chart_id": chart_id},
            json=body(options=options, title=title, settings=settings), cast=Chart.from_dict))

    def delete_chart(self, chart_id: str) -> DeletedChart:
        """Deletes a chart (its page goes with it)."""
        return self._client._request(Op(
            "deleteChart", "DELETE", "/analytics/chart/{chart_id}", {"chart_id": chart_id},
            cast=DeletedChart.from_dict))

    def chart_page(self, chart_id: str) -> str:
        """The chart's self-contained HTML page (what `chart_url` points at): for members of its
        organization, or anyone while its `settings.public` is on."""
        return self._client._request(Op(
            "chartPage", "GET", "/charts/{chart_id}", {"chart_id": chart_id}, root=True,
            enveloped=False, cast=str))


class Dashboards(_Namespace):
    """Dashboards: charts of your organization on a 12-column grid."""

    def create(
        self, *, name: str, layout: Iterable[Mapping[str, Any]] | None = None, description: str | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> Dashboard:
        """Creates a dashboard; `layout` items are `{"chart_id": …, "position": {"x", "y", "w", "h"}}`."""
        return self._client._request(Op("createDashboard", "POST", "/dashboards", json=body(
            name=name, description=description, layout=None if layout is None else [dict(i) for i in layout],
            settings=settings), cast=Dashboard.from_dict))

    def get(self, dashboard_id: str) -> Dashboard:
        """A dashboard; each layout item carries its chart's data (or says the chart was deleted)."""
        return self._client._request(Op(
            "getDashboard", "GET", "/dashboards/{dashboard_id}", {"dashboard_id": dashboard_id},
            cast=Dashboard.from_dict))

    def list(
        self, *, search: str | None = None, sort_by: str | None = None, sort_order: str | None = None,
        limit: int | None = None, page: int = 1,
    ) -> SyncPager[DashboardSummary]:
        """Every matching dashboard; iterate to page through all of them."""
        q = dict(search=search, sort_by=sort_by, sort_order=sort_order, limit=limit)
        return SyncPager(lambda n: self._client._request(Op(
            "listDashboards", "GET", "/dashboards", query={**q, "page": n},
            cast=page_cast(DashboardSummary, "dashboards"))), page)

    def update(
        self, dashboard_id: str, *, name: str | None = None, description: str | None = None,
        layout: Iterable[Mapping[str, Any]] | None = None, settings: Mapping[str, Any] | None = None,
    ) -> Dashboard:
        """Changes the fields given; the others keep their value."""
        return self._client._request(Op(
            "updateDashboard", "PUT", "/dashboards/{dashboard_id}", {"dashboard_id": dashboard_id},
            json=body(name=name, description=description,
                      layout=None if layout is None else [dict(i) for i in layout], settings=settings),
            cast=Dashboard.from_dict))

    def delete(self, dashboard_id: str) -> DeletedDashboard:
        """Deletes a dashboard (its charts stay)."""
        return self._client._request(Op(
            "deleteDashboard", "DELETE", "/dashboards/{dashboard_id}", {"dashboard_id": dashboard_id},
            cast=DeletedDashboard.from_dict))

    def page(self, dashboard_id: str) -> str:
        """The dashboard's self-contained HTML page (members of its organization, or anyone when public)."""
        return self._client._request(Op(
            "dashboardPage", "GET", "/dashboards/{dashboard_id}", {"dashboard_id": dashboard_id}, root=True,
            enveloped=False, cast=str))


class Export(_Namespace):
    """Files of charts and dashboards, computed from current data."""

    def chart(
        self, chart_id: str, *, format: str = "png", width: int | None = None, height: int | None = None,
        scale: float | None = None, theme: str | None = None,
    ) -> bytes:
        """A chart as a file: png, pdf, svg, csv, json ({rows, chart_data}) or html."""
        return self._client._request(Op(
            "exportChart", "GET", "/export/chart/{chart_id}", {"chart_id": chart_id},
            query=dict(format=format, width=width, height=height, scale=scale, theme=theme), binary=True))

    def dashboard(
        self, dashboard_id: str, *, format: str = "pdf", page_size: str | None = None,
        orientation: str | None = None, include_charts: bool | None = None, theme: str | None = None,
    ) -> bytes:
        """A dashboard as a file: pdf (paginated) or html (self-contained)."""
        include = None if include_charts is None else str(include_charts).lower()
        return self._client._request(Op(
            "exportDashboard", "GET", "/export/dashboard/{dashboard_id}", {"dashboard_id": dashboard_id},
            query=dict(format=format, page_size=page_size, orientation=orientation, include_charts=include,
                       theme=theme), binary=True))


class Embed(_Namespace):
    """Live embeds: signed tokens for one chart or dashboard, to put in an iframe on an allowed site."""

    def create_token(
        self, *, resource_type: str, resource_id: str, expires_in: int | None = None, theme: str | None = None,
        params: Mapping[str, str] | None = None,
    ) -> EmbedToken:
        """Mints a token (organization administrators, or the resource's owner): `url` and `iframe_html`."""
        return self._client._request(Op("createEmbedToken", "POST", "/embed/tokens", json=body(
            resource_type=resource_type, resource_id=resource_id, expires_in=expires_in, theme=theme,
            params=None if params is None else dict(params)), cast=EmbedToken.from_dict))

    def revoke(self, *, resource_type: str, resource_id: str) -> EmbedRevocation:
        """Refuses every token minted so far for the resource; its open live views close."""
        return self._client._request(Op("revokeEmbedTokens", "POST", "/embed/revoke", json=body(
            resource_type=resource_type, resource_id=resource_id), cast=EmbedRevocation.from_dict))

    def page(self, resource_type: str, resource_id: str, *, token: str) -> str:
        """The embed page an iframe shows (what `url` points at), with the drawing inline."""
        if resource_type == "chart":
            return self._client._request(Op(
                "embedChartPage", "GET", "/embed/chart/{chart_id}", {"chart_id": resource_id},
                query={"token": token}, root=True, auth=False, enveloped=False, cast=str))
        return self._client._request(Op(
            "embedDashboardPage", "GET", "/embed/dashboard/{dashboard_id}", {"dashboard_id": resource_id},
            query={"token": token}, root=True, auth=False, enveloped=False, cast=str))

    def script(self) -> str:
        """`embed.js`: `<div data-aiser-embed="URL"></div>` becomes an iframe sized to its content."""
        return self._client._request(Op(
            "embedScript", "GET", "/embed.js", root=True, auth=False, enveloped=False, cast=str))


class AI(_Namespace):
    """Key-driver, trend, forecast and anomaly analysis; workflows; the models."""

    def intelligent_analysis(
        self, *, query: str, data_source: str, analysis_type: str | None = None, target: str | None = None,
        options: Mapping[str, Any] | None = None, **extra: Any,
    ) -> Analysis:
        """Analyses the column a question names: its key drivers, trend, forecast or anomalies."""
        return self._client._request(Op("createAnalysis", "POST", "/ai/intelligent-analysis", json=body(
            query=query, data_source=data_source, analysis_type=analysis_type, target=target, options=options,
            extra=extra), cast=Analysis.from_dict))

    def get_analysis(self, analysis_id: str) -> Analysis:
        """A stored analysis."""
        return self._client._request(Op(
            "getAnalysis", "GET", "/ai/intelligent-analysis/{analysis_id}", {"analysis_id": analysis_id},
            cast=Analysis.from_dict))

    def run_workflow(
        self, *, steps: Iterable[Mapping[str, Any]], data_source: str | None = None,
        workflow_name: str | None = None, options: Mapping[str, Any] | None = None,
    ) -> Workflow:
        """Runs steps (data_preparation, aggregation, trend_analysis, anomaly_detection, forecasting)."""
        return self._client._request(Op("runWorkflow", "POST", "/ai/workflow", json=body(
            steps=[dict(s) for s in steps], data_source=data_source, workflow_name=workflow_name, options=options),
            cast=Workflow.from_dict))

    def get_workflow(self, workflow_id: str) -> Workflow:
        """A stored workflow run."""
        return self._client._request(Op(
            "getWorkflow", "GET", "/ai/workflow/{workflow_id}", {"workflow_id": workflow_id},
            cast=Workflow.from_dict))

    def list_models(self) -> list[AIModel]:
        """The available models with their capabilities and measured performance."""
        return self._client._request(Op(
            "listModels", "GET", "/ai/models", cast=lambda d: [AIModel.from_dict(m) for m in d["available_models"]]))


class Webhooks(_Namespace):
    """Webhooks of your organization (organization administrators): signed event deliveries."""

    def create(
        self, *, name: str, url: str, events: Iterable[str], secret: str | None = None, active: bool | None = None,
    ) -> CreatedWebhook:
        """Creates a webhook; its `secret` (generated when not given) is in this answer only."""
        return self._client._request(Op("createWebhook", "POST", "/webhooks", json=body(
            name=name, url=url, events=list(events), secret=secret, active=active), cast=CreatedWebhook.from_dict))

    def list(self) -> list[Webhook]:
        """The organization's webhooks."""
        return self._client._request(Op(
            "listWebhooks", "GET", "/webhooks", cast=lambda d: [Webhook.from_dict(w) for w in d["webhooks"]]))

    def get(self, webhook_id: str) -> Webhook:
        """One webhook."""
        return self._client._request(Op(
            "getWebhook", "GET", "/webhooks/{webhook_id}", {"webhook_id": webhook_id}, cast=Webhook.from_dict))

    def update(
        self, webhook_id: str, *, name: str | None = None, url: str | None = None,
        events: Iterable[str] | None = None, secret: str | None = None, active: bool | None = None,
    ) -> Webhook:
        """Changes a webhook; fields left at None stay. `active=True` clears a disable."""
        return self._client._request(Op(
            "updateWebhook", "PUT", "/webhooks/{webhook_id}", {"webhook_id": webhook_id}, json=body(
                name=name, url=url, events=None if events is None else list(events), secret=secret, active=active),
            cast=Webhook.from_dict))

    def delete(self, webhook_id: str) -> DeletedWebhook:
        """Deletes a webhook and its deliveries."""
        return self._client._request(Op(
            "deleteWebhook", "DELETE", "/webhooks/{webhook_id}", {"webhook_id": webhook_id},
            cast=DeletedWebhook.from_dict))

    def test(self, webhook_id: str) -> QueuedDelivery:
        """Queues a `ping` delivery."""
        return self._client._request(Op(
            "testWebhook", "POST", "/webhooks/{webhook_id}/test", {"webhook_id": webhook_id},
            cast=QueuedDelivery.from_dict))

    def list_deliveries(self, webhook_id: str, *, limit: int | None = None, page: int = 1) -> SyncPager[WebhookDelivery]:
        """A webhook's deliveries, newest first; iterate to page through all of them."""
        return SyncPager(lambda n: self._client._request(Op(
            "listWebhookDeliveries", "GET", "/webhooks/{webhook_id}/deliveries", {"webhook_id": webhook_id},
            query={"limit": limit, "page": n}, cast=page_cast(WebhookDelivery, "deliveries"))), page)

    def redeliver(self, webhook_id: str, delivery_id: str) -> QueuedDelivery:
        """Queues the same event (same payload `id`) again as a new delivery."""
        return self._client._request(Op(
            "redeliverWebhook", "POST", "/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
            {"webhook_id": webhook_id, "delivery_id": delivery_id}, cast=QueuedDelivery.from_dict))


class Search(_Namespace):
    """Full-text search over your organization (users only for those who may list them)."""

    def query(
        self, q: str, *, type: str | None = None, limit: int | None = None, page: int = 1,
    ) -> SyncPager[SearchResult]:
        """Best matches first; every word matches as a prefix, typos tolerated from five letters.
        `type` is one of charts, dashboards, data_sources, users. The first page's answer also
        carries `total_results` (`pager.first_page().pagination.total`)."""
        q_ = dict(q=q, type=type, limit=limit)
        return SyncPager(lambda n: self._client._request(Op(
            "search", "GET", "/search", query={**q_, "page": n},
            cast=page_cast(SearchResult, "results"))), page)


class Metrics(_Namespace):
    """Usage figures computed from recorded facts."""

    def platform(self) -> PlatformMetrics:
        """The whole platform's users, charts, AI queries and performance (platform administrators)."""
        return self._client._request(Op(
            "platformMetrics", "GET", "/metrics/platform", cast=PlatformMetrics.from_dict))

    def user(self, user_id: str) -> UserMetrics:
        """One user's usage, activity and performance (the user, or an admin of their organization)."""
        return self._client._request(Op(
            "userMetrics", "GET", "/metrics/user/{user_id}", {"user_id": user_id}, cast=UserMetrics.from_dict))


class Health(_Namespace):
    """Liveness and readiness probes (no credentials needed)."""

    def check(self) -> HealthStatus:
        """`GET /healthz`: the process is up."""
        return self._client._request(Op(
            "healthz", "GET", "/healthz", root=True, auth=False, cast=HealthStatus.from_dict))

    def ready(self) -> HealthStatus:
        """`GET /readyz`: the metadata database answers (ServiceUnavailableError otherwise)."""
        return self._client._request(Op(
            "readyz", "GET", "/readyz", root=True, auth=False, cast=HealthStatus.from_dict))

    def metrics(self) -> str:
        """`GET /metrics`: the Prometheus text (with AISER_METRICS_TOKEN set on the server, give the
        client `default_headers={"Authorization": "Bearer <token>"}`)."""
        return self._client._request(Op(
            "prometheusMetrics", "GET", "/metrics", root=True, auth=False, enveloped=False, cast=str))


