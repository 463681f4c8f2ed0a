"""Typed results. Every object keeps the fields it was sent: unknown ones are in `extra`,
the whole answer in `to_dict()`, so a newer server never breaks an older SDK."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import types
import typing
from typing import Any, ClassVar, Generic, TypeVar, Union

T = TypeVar("T", bound="AiserObject")


def _parse_datetime(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(tp)
        return [_convert(item, v) for v in value]
    if origin is dict and isinstance(value, dict):
        _, item = typing.get_args(tp)
        return {k: _convert(item, v) for k, v in value.items()}
    if tp is _dt.datetime:
        return _parse_datetime(value)
    if isinstance(tp, type) and issubclass(tp, AiserObject) and isinstance(value, dict):
        return tp.from_dict(value)
    return value


class AiserObject:
    """Base of every result type."""

    _hints: ClassVar[dict[str, Any]]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Builds the object from the API's JSON (missing fields become None)."""
        hints = cls.__dict__.get("_hints")
        if hints is None:
            hints = typing.get_type_hints(cls)
            cls._hints = hints
        names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
        obj = cls(**{n: _convert(hints[n], data.get(n)) for n in names})
        object.__setattr__(obj, "_raw", dict(data))
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The object as the server sent it, unknown fields included."""
        raw = getattr(self, "_raw", None)
        return dict(raw) if raw is not None else dataclasses.asdict(self)  # type: ignore[call-overload]

    @property
    def extra(self) -> dict[str, Any]:
        """Fields the server sent that this SDK version does not know."""
        known = {f.name for f in dataclasses.fields(self)}  # type: ignore[arg-type]
        return {k: v for k, v in self.to_dict().items() if k not in known}

    def __getitem__(self, key: str) -> Any:
        """`obj["field"]` reads any field the server sent, known or not."""
        if key in {f.name for f in dataclasses.fields(self)}:  # type: ignore[arg-type]
            return getattr(self, key)
        return self.to_dict()[key]


_model = dataclasses.dataclass(kw_only=True)


@_model
class HealthStatus(AiserObject):
    status: str
    version: str


@_model
class TokenUser(AiserObject):
    id: str
    email: str
    username: str
    role: str


@_model
class Token(AiserObject):
    """Tokens from login or refresh; `expires_in` is in seconds."""

    access_token: str
    token_type: str
    expires_in: int
    refresh_token: str
    user: TokenUser | None = None


@_model
class LogoutResult(AiserObject):
    logged_out: bool


@_model
class User(AiserObject):
    user_id: str
    email: str
    username: str
    role: str
    organization: str
    organization_id: str
    platform_admin: bool
    created_at: _dt.datetime
    status: str
    first_name: str | None = None
    last_name: str | None = None


@_model
class Preferences(AiserObject):
    theme: str
    language: str
    timezone: str


@_model
class UserStatistics(AiserObject):
    charts_created: int
    total_usage_time: int
    last_login: _dt.datetime | None = None


@_model
class UserProfile(User):
    preferences: Preferences | None = None
    statistics: UserStatistics | None = None


@_model
class Pagination(AiserObject):
    page: int
    limit: int
    total: int
    pages: int


@_model
class EmbedSettings(AiserObject):
    """The origins allowed to frame the organization's embeds."""
    allowed_origins: list[str]


@_model
class OrganizationSettings(AiserObject):
    max_users: int
    data_retention_days: int
    ai_model_access: list[str]
    embed: EmbedSettings | None = None


@_model
class EmbedToken(AiserObject):
    """A minted embed token: paste `iframe_html`, or `url` into `<div data-aiser-embed>`."""
    token: str
    url: str
    iframe_html: str
    expires_at: _dt.datetime
    resource_type: str
    resource_id: str


@_model
class EmbedRevocation(AiserObject):
    resource_type: str
    resource_id: str
    generation: int


@_model
class OrganizationUsage(AiserObject):
    current_users: int
    data_storage_gb: float
    api_calls_month: int


@_model
class Organization(AiserObject):
    organization_id: str
    name: str
    plan: str
    status: str
    created_at: _dt.datetime
    settings: OrganizationSettings
    usage: OrganizationUsage
    domain: str | None = None


@_model
class APIKey(AiserObject):
    key_id: str
    name: str
    prefix: str
    created_at: _dt.datetime
    role: str | None = None


@_model
class CreatedAPIKey(APIKey):
    """A new key; `api_key` is the secret, shown only in this answer."""

    api_key: str = ""


@_model
class RevokedAPIKey(AiserObject):
    key_id: str
    revoked: bool


@_model
class Webhook(AiserObject):
    """A webhook; the secret only as `secret_hint` (in full once, in `CreatedWebhook`)."""

    webhook_id: str
    name: str
    url: str
    events: list[str]
    active: bool
    secret_hint: str
    consecutive_failures: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    disabled_reason: str | None = None


@_model
class CreatedWebhook(Webhook):
    """A new webhook; `secret` signs its deliveries and is shown only in this answer."""

    secret: str = ""


@_model
class DeletedWebhook(AiserObject):
    webhook_id: str
    deleted: bool


@_model
class WebhookDelivery(AiserObject):
    """One event sent (or to be sent) to a webhook; never the receiver's answer body."""

    delivery_id: str
    event_id: str
    event: str
    status: str
    attempts: int
    created_at: _dt.datetime
    response_code: int | None = None
    duration_ms: int | None = None
    error: str | None = None
    next_retry_at: _dt.datetime | None = None
    delivered_at: _dt.datetime | None = None


@_model
class QueuedDelivery(AiserObject):
    delivery_id: str
    event_id: str
    status: str


@_model
class DataSource(AiserObject):
    data_source_id: str
    name: str
    file_name: str
    file_type: str
    file_size: int
    rows: int
    columns: int
    tags: list[str]
    uploaded_at: _dt.datetime
    description: str | None = None
    #: Column name → type (integer, decimal, boolean, date, datetime, string).
    schema: dict[str, str] | None = None
    #: `file` for an upload, else the warehouse engine (`postgres`, `clickhouse`).
    type: str | None = None
    #: A warehouse source's host, port, database, user, tls and table or sql (never the password).
    connection: dict[str, Any] | None = None


@_model
class ColumnProfile(AiserObject):
    type: str
    nullable: bool
    unique_values: int
    sample_values: list[str]
    min: Any = None
    max: Any = None
    mean: Any = None


@_model
class DataStatistics(AiserObject):
    total_rows: int
    completeness: float
    data_quality_score: float


@_model
class DataSourceSchema(AiserObject):
    data_source_id: str
    schema: dict[str, ColumnProfile]
    statistics: DataStatistics


@_model
class DeletedDataSource(AiserObject):
    data_source_id: str
    deleted: bool


@_model
class Dataset(AiserObject):
    label: str
    data: list[Any]


@_model
class ChartSeries(AiserObject):
    labels: list[str]
    datasets: list[Dataset]


@_model
class ChartData(AiserObject):
    type: str
    data: ChartSeries
    options: dict[str, Any]


@_model
class Insight(AiserObject):
    kind: str
    text: str
    values: dict[str, float]
    confidence: float


@_model
class CreatedChart(AiserObject):
    chart_id: str
    chart_url: str
    chart_data: ChartData
    insights: list[str]
    insight_details: list[Insight] | None = None
    interpretation: str | None = None
    generated_at: _dt.datetime | None = None


@_model
class ChartSettings(AiserObject):
    public: bool


@_model
class Chart(AiserObject):
    chart_id: str
    query: str
    data_source_id: str
    chart_type: str
    chart_url: str
    chart_data: ChartData
    options: dict[str, Any]
    insights: list[str]
    insight_details: list[Insight]
    interpretation: str
    settings: ChartSettings
    created_at: _dt.datetime
    updated_at: _dt.datetime
    title: str | None = None


@_model
class ChartSummary(AiserObject):
    chart_id: str
    query: str
    chart_type: str
    created_at: _dt.datetime
    updated_at: _dt.datetime
    title: str | None = None


@_model
class DeletedChart(AiserObject):
    chart_id: str
    deleted: bool


@_model
class GridPosition(AiserObject):
    x: int
    y: int
    w: int
    h: int


@_model
class DashboardItem(AiserObject):
    chart_id: str
    position: GridPosition
    status: str
    title: str | None = None
    chart_data: ChartData | None = None
    message: str | None = None


@_model
class DashboardSettings(AiserObject):
    auto_refresh: bool
    refresh_interval: int
    theme: str
    public: bool


@_model
class Dashboard(AiserObject):
    dashboard_id: str
    name: str
    layout: list[DashboardItem]
    settings: DashboardSettings
    dashboard_url: str
    created_at: _dt.datetime
    updated_at: _dt.datetime
    description: str | None = None


@_model
class DashboardSummary(AiserObject):
    dashboard_id: str
    name: str
    items: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    description: str | None = None


@_model
class SearchResult(AiserObject):
    """One search match: a chart carries its question in `query`, anything else a `description`."""

    type: str
    id: str
    title: str
    relevance_score: float
    created_at: _dt.datetime
    query: str | None = None
    description: str | None = None


@_model
class PlatformMetrics(AiserObject):
    """`GET /metrics/platform`: `users`, `charts`, `ai_queries` counts and `performance` figures."""

    users: dict[str, int]
    charts: dict[str, int]
    ai_queries: dict[str, int]
    performance: dict[str, float]


@_model
class UserMetrics(AiserObject):
    """`GET /metrics/user/{id}`: `usage`, `activity` (`last_login` may be None) and `performance`."""

    user_id: str
    usage: dict[str, Any]
    activity: dict[str, Any]
    performance: dict[str, Any]


@_model
class DeletedDashboard(AiserObject):
    dashboard_id: str
    deleted: bool


@_model
class Driver(AiserObject):
    factor: str
    method: str
    correlation: float
    p_value: float
    impact: str
    confidence: float


@_model
class AnalysisResults(AiserObject):
    insights: list[str] | None = None
    recommendations: list[str] | None = None
    primary_drivers: list[Driver] | None = None
    output: Any = None


@_model
class Analysis(AiserObject):
    analysis_id: str
    query: str
    analysis_type: str
    data_source_id: str
    target: str
    rows: int
    results: AnalysisResults
    generated_at: _dt.datetime


@_model
class WorkflowStep(AiserObject):
    step: int
    type: str
    output: Any


@_model
class Workflow(AiserObject):
    workflow_id: str
    data_source_id: str
    status: str
    steps: list[WorkflowStep]
    result: Any
    generated_at: _dt.datetime
    workflow_name: str | None = None
    parallel_groups: list[list[int]] | None = None


@_model
class PerformanceMetrics(AiserObject):
    accuracy: float
    accuracy_basis: str
    response_time: float | None
    measured_requests: int
    cost_per_request: float


@_model
class AIModel(AiserObject):
    model_id: str
    provider: str
    capabilities: list[str]
    status: str
    performance_metrics: PerformanceMetrics


P = TypeVar("P")


@dataclasses.dataclass
class Page(Generic[P]):
    """One page of a list: its items and the pagination block."""

    items: list[P]
    pagination: Pagination
