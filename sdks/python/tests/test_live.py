"""Every operation of the API through `AiserClient`, against the live server."""

from __future__ import annotations

import io
import time
import uuid
from pathlib import Path

import httpx
import pytest

from aiser_sdk import (
    AIModel, AiserClient, APIConnectionError, AuthenticationError, ChartSummary, DataSource, NotFoundError,
    PermissionDeniedError, SyncPager, User, ValidationError,
)

from .conftest import CALLED, Server, free_port, sales_csv


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


# -- health and the OpenAPI document ---------------------------------------------------------


def test_health_probes_answer_without_credentials(server: Server) -> None:
    with server.client(api_key="not-a-key") as c:
        assert c.health.check().status == "ok"
        ready = c.health.ready()
        assert ready.status == "ready" and ready.version


def test_openapi_document(client: AiserClient) -> None:
    doc = client.openapi()
    assert doc["openapi"].startswith("3.1") and "/api/v1/analytics/chart" in doc["paths"]


# -- auth ---------------------------------------------------------------------------------------


def test_email_and_password_log_in_on_first_use_and_log_out_on_close(server: Server) -> None:
    c = server.client(email=server.admin_email, password=server.admin_password)
    assert c.api_keys.list()  # logs in first
    refresh_token = c._refresh_token
    assert refresh_token and c._access_token
    c.close()
    # The session is gone: its refresh token no longer works.
    with server.client() as other, pytest.raises(AuthenticationError) as e:
        other.auth.refresh(refresh_token=refresh_token)
    assert e.value.status == 401 and e.value.code == "AUTHENTICATION_FAILED" and e.value.request_id


def test_the_access_token_is_refreshed_before_it_expires(server: Server) -> None:
    with server.client(email=server.admin_email, password=server.admin_password) as c:
        c.health.check()
        c.users.get(c.auth.login(email=server.admin_email, password=server.admin_password).user.id)
        old_access, old_refresh = c._access_token, c._refresh_token
        c._expires_at = time.time() + 1  # about to expire: inside the refresh margin
        c.api_keys.list()
        assert c._access_token != old_access and c._refresh_token != old_refresh
        assert c._expires_at > time.time() + 600


def test_a_401_refreshes_once_and_retries(server: Server) -> None:
    with server.client(email=server.admin_email, password=server.admin_password) as c:
        c.api_keys.list()
        c._access_token = c._access_token[:-4] + "AAAA"  # the server now refuses it
        c._expires_at = time.time() + 3600
        assert isinstance(c.api_keys.list(), list)  # 401 → refresh → retried


def test_a_bearer_token_with_a_refresh_token_and_explicit_auth_calls(server: Server) -> None:
    with server.client() as anonymous:
        token = anonymous.auth.login(email=server.admin_email, password=server.admin_password)
    assert token.token_type == "bearer" and token.expires_in > 0 and token.user.email == server.admin_email
    with server.client(access_token=token.access_token, refresh_token=token.refresh_token) as c:
        assert c.users.get(token.user.id).email == server.admin_email
        renewed = c.auth.refresh()
        assert renewed.access_token != token.access_token
        assert c.users.get(token.user.id).user_id == token.user.id  # uses the renewed token
        assert c.auth.logout().logged_out is True
        with pytest.raises(AuthenticationError):
            c.auth.refresh(refresh_token=renewed.refresh_token)


def test_wrong_password(server: Server) -> None:
    with server.client(email=server.admin_email, password="wrong password!") as c, pytest.raises(AuthenticationError):
        c.api_keys.list()


# -- users and organizations ------------------------------------------------------------------


def test_users_create_get_update_and_list_with_auto_paging(client: AiserClient) -> None:
    created = [client.users.create(email=f"{unique('u')}@example.com", password="a password 123",
                                   first_name="Ada", role="viewer") for _ in range(3)]
    assert all(isinstance(u, User) and u.role == "viewer" and u.status == "active" for u in created)
    profile = client.users.get(created[0].user_id)
    assert profile.first_name == "Ada" and profile.preferences is not None and profile.statistics is not None
    updated = client.users.update(created[0].user_id, first_name="Augusta", preferences={"theme": "dark"})
    assert updated.first_name == "Augusta" and updated.preferences.theme == "dark"
    pager = client.users.list(role="viewer", limit=1)
    assert isinstance(pager, SyncPager)
    first = pager.first_page()
    assert len(first.items) == 1 and first.pagination.pages >= 3
    ids = [u.user_id for u in pager]  # every page, one request each
    assert {u.user_id for u in created} <= set(ids) and len(ids) == len(set(ids)) == first.pagination.total


def test_organizations_create_get_and_members(client: AiserClient) -> None:
    org = client.organizations.create(name=unique("Org"), plan="pro",
                                      settings={"max_users": 10, "data_retention_days": 30, "ai_model_access": []})
    assert org.plan == "pro" and org.settings.max_users == 10 and org.usage.current_users == 0
    assert client.organizations.get(org.organization_id).name == org.name
    for _ in range(2):
        client.users.create(email=f"{unique('m')}@example.com", password="a password 123",
                            organization=org.organization_id)
    members = list(client.organizations.list_members(org.organization_id, limit=1))
    assert len(members) == 2 and all(m.organization_id == org.organization_id for m in members)


# -- API keys -------------------------------------------------------------------------------------


def test_api_keys_create_list_revoke(server: Server, client: AiserClient) -> None:
    created = client.api_keys.create(name=unique("key"), role="viewer")
    assert created.api_key and created.prefix and created.api_key.startswith(created.prefix)
    assert created.key_id in {k.key_id for k in client.api_keys.list()}
    with server.client(api_key=created.api_key) as viewer:
        assert viewer.analytics.list_charts().first_page().pagination.page == 1
        with pytest.raises(PermissionDeniedError) as e:
            viewer.users.create(email=f"{unique('x')}@example.com", password="a password 123")
        assert e.value.status == 403 and e.value.code == "PERMISSION_DENIED"
    assert client.api_keys.revoke(created.key_id).revoked is True
    with server.client(api_key=created.api_key) as revoked, pytest.raises(AuthenticationError):
        revoked.api_keys.list()


# -- data ---------------------------------------------------------------------------------------------


def test_upload_from_a_path_with_progress(client: AiserClient, tmp_path: Path) -> None:
    path = tmp_path / "sales.csv"
    path.write_bytes(sales_csv(4000))  # a few chunks
    seen: list[tuple[int, int | None]] = []
    ds = client.data.upload(path, data_source_name=unique("from-path"), description="d", tags=["a", "b"],
                            on_progress=lambda sent, total: seen.append((sent, total)))
    assert isinstance(ds, DataSource) and ds.rows == 4000 and ds.columns == 5 and ds.file_name == "sales.csv"
    assert ds.tags == ["a", "b"] and ds.schema and ds.schema["sales"] == "decimal"
    assert len(seen) > 3 and seen[-1][0] == seen[-1][1] and all(b > a for (a, _), (b, _) in zip(seen, seen[1:]))


def test_upload_from_bytes_and_streams(client: AiserClient) -> None:
    data = sales_csv(50)
    assert client.data.upload(data, filename="b.csv").rows == 50
    assert client.data.upload(io.BytesIO(data), filename="s.csv").rows == 50

    class Pipe(io.RawIOBase):  # a stream of unknown length that cannot seek
        def __init__(self) -> None:
            self.buf = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            return self.buf.read(n)

    totals: list[int | None] = []
    ds = client.data.upload(Pipe(), filename="p.csv", on_progress=lambda s, t: totals.append(t))
    assert ds.rows == 50 and totals and totals[-1] is None
    with pytest.raises(TypeError):
        client.data.upload(data)  # bytes need a file name


def test_create_source_refuses_a_host_the_server_does_not_list(client: AiserClient) -> None:
    # The test server lists no warehouse host (the default): registering one is refused before any connection.
    with pytest.raises(ValidationError) as e:
        client.data.create_source(name="orders", type="postgres", url="postgres://u:Pw-123456@10.1.2.3:5432/db",
                                  table="orders")
    assert e.value.status == 422 and "host" in e.value.details and "Pw-123456" not in str(e.value)


def test_sources_list_schema_and_delete(client: AiserClient) -> None:
    names = [unique("listed") for _ in range(3)]
    for n in names:
        client.data.upload(sales_csv(20), filename=f"{n}.csv", data_source_name=n, tags=["paged"])
    pager = client.data.list_sources(tags=["paged"], limit=2)
    listed = [s.name for s in pager]
    assert set(names) <= set(listed) and len(listed) == len(set(listed))
    ds = next(s for s in client.data.list_sources(file_type="csv") if s.name == names[0])
    schema = client.data.get_schema(ds.data_source_id)
    assert schema.schema["sales"].type == "decimal" and schema.schema["region"].unique_values == 4
    assert schema.statistics.total_rows == 20 and 0 <= schema.statistics.completeness <= 1
    replaced = client.data.replace_file(ds.data_source_id, sales_csv(7), filename="new.csv")
    assert replaced.data_source_id == ds.data_source_id and replaced.rows == 7
    assert client.data.get_schema(ds.data_source_id).statistics.total_rows == 7
    assert client.data.delete_source(ds.data_source_id).deleted is True
    with pytest.raises(NotFoundError) as e:
        client.data.get_schema(ds.data_source_id)
    assert e.value.status == 404 and e.value.request_id and e.value.code == "RESOURCE_NOT_FOUND"


# -- analytics -------------------------------------------------------------------------------------


def test_charts_generate_get_list_update_page_delete(client: AiserClient) -> None:
    created = client.analytics.generate_chart(query="Show me sales by month", data_source="sales_data",
                                              title="Monthly sales")
    assert created.chart_id.startswith("chart_") and created.chart_url.endswith(created.chart_id)
    assert created.chart_data.type == "line" and created.chart_data.data.datasets[0].data
    chart = client.analytics.get_chart(created.chart_id)
    assert chart.query == "Show me sales by month" and chart.title == "Monthly sales" and chart.insight_details
    second = client.analytics.generate_chart(query="total sales by region", data_source="sales_data")
    summaries = list(client.analytics.list_charts(limit=1, sort_by="created_at", sort_order="asc"))
    assert all(isinstance(s, ChartSummary) for s in summaries)
    assert {created.chart_id, second.chart_id} <= {s.chart_id for s in summaries}
    found = list(client.analytics.list_charts(query="region"))
    assert second.chart_id in {s.chart_id for s in found} and created.chart_id not in {s.chart_id for s in found}
    updated = client.analytics.update_chart(created.chart_id, title="Sales per month", options={"theme": "dark"})
    assert updated.title == "Sales per month" and updated.options.get("theme") == "dark"
    page = client.analytics.chart_page(created.chart_id)
    assert page.lstrip().lower().startswith("<!doctype html") and "Sales per month" in page
    assert updated.settings.public is False
    shared = client.analytics.update_chart(created.chart_id, settings={"public": True})
    assert shared.settings.public is True and shared.title == "Sales per month"
    # Shared: the page answers without credentials.
    assert httpx.get(client.server_root + "/charts/" + created.chart_id).status_code == 200
    assert client.analytics.delete_chart(created.chart_id).deleted is True
    with pytest.raises(NotFoundError):
        client.analytics.get_chart(created.chart_id)
    with pytest.raises(NotFoundError):
        client.analytics.chart_page(created.chart_id)


def test_dashboards_create_get_list_update_page_delete(client: AiserClient) -> None:
    chart = client.analytics.generate_chart(query="total sales by region", data_source="sales_data")
    name = unique("Board")
    board = client.dashboards.create(
        name=name, description="Sales views", settings={"theme": "dark"},
        layout=[{"chart_id": chart.chart_id, "position": {"x": 0, "y": 0, "w": 6, "h": 4}}])
    assert board.dashboard_id.startswith("dashboard_") and board.dashboard_url.endswith(board.dashboard_id)
    assert board.layout[0].position.w == 6 and board.layout[0].chart_data.type == chart.chart_data.type
    assert board.settings.theme == "dark" and board.settings.public is False
    got = client.dashboards.get(board.dashboard_id)
    assert got.name == name and got.layout[0].status == "ok"
    assert board.dashboard_id in {d.dashboard_id for d in client.dashboards.list(search=name[-8:], limit=1)}
    moved = client.dashboards.update(
        board.dashboard_id, layout=[{"chart_id": chart.chart_id, "position": {"x": 6, "y": 0, "w": 6, "h": 3}}])
    assert moved.layout[0].position.x == 6 and moved.description == "Sales views"
    page = client.dashboards.page(board.dashboard_id)
    assert page.lstrip().lower().startswith("<!doctype html") and "dashboard-grid" in page
    with pytest.raises(ValidationError) as e:
        client.dashboards.update(board.dashboard_id, layout=[
            {"chart_id": chart.chart_id, "position": {"x": 8, "y": 0, "w": 6, "h": 3}}])
    assert "layout[0].position.w" in e.value.details
    assert client.dashboards.delete(board.dashboard_id).deleted is True
    with pytest.raises(NotFoundError):
        client.dashboards.get(board.dashboard_id)


def test_embed_origins_tokens_pages_and_revocation(client: AiserClient) -> None:
    org = client.organizations.create(name=unique("Embed"))
    updated = client.organizations.update(
        org.organization_id, settings={"embed": {"allowed_origins": ["https://Blog.example.com:443/"]}})
    assert updated.settings.embed.allowed_origins == ["https://blog.example.com"]
    assert updated.settings.max_users == org.settings.max_users and updated.name == org.name
    with pytest.raises(ValidationError) as e:
        client.organizations.update(org.organization_id, settings={"embed": {"allowed_origins": [
            "https://example.com", "https://*.example.com", "https://example.com/path"]}})
    assert set(e.value.details) == {"settings.embed.allowed_origins[1]", "settings.embed.allowed_origins[2]"}
    chart = client.analytics.generate_chart(query="total sales by region", data_source="sales_data")
    minted = client.embed.create_token(resource_type="chart", resource_id=chart.chart_id, expires_in=600, theme="dark")
    assert f"/embed/chart/{chart.chart_id}?token={minted.token}" in minted.url and minted.iframe_html.startswith("<iframe")
    page = client.embed.page("chart", chart.chart_id, token=minted.token)
    assert page.lstrip().lower().startswith("<!doctype html") and "<svg" in page and 'data-theme="dark"' in page
    board = client.dashboards.create(name=unique("Embedded"), layout=[
        {"chart_id": chart.chart_id, "position": {"x": 0, "y": 0, "w": 12, "h": 4}}])
    for_board = client.embed.create_token(resource_type="dashboard", resource_id=board.dashboard_id)
    assert "dashboard-grid" in client.embed.page("dashboard", board.dashboard_id, token=for_board.token)
    assert "data-aiser-embed" in client.embed.script()
    assert client.embed.revoke(resource_type="chart", resource_id=chart.chart_id).generation >= 1
    with pytest.raises(AuthenticationError):
        client.embed.page("chart", chart.chart_id, token=minted.token)
    with pytest.raises(ValidationError) as e:
        client.embed.create_token(resource_type="table", resource_id=chart.chart_id)
    assert "resource_type" in e.value.details


def test_export_chart_and_dashboard(client: AiserClient) -> None:
    chart = client.analytics.generate_chart(query="total sales by region", data_source="sales_data")
    png = client.export.chart(chart.chart_id, width=320, height=200, scale=2)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (640, 400)
    csv = client.export.chart(chart.chart_id, format="csv").decode()
    assert csv.splitlines()[0] == "region,Sum of sales"
    svg = client.export.chart(chart.chart_id, format="svg", theme="dark").decode()
    assert svg.startswith("<svg")
    with pytest.raises(ValidationError) as e:
        client.export.chart(chart.chart_id, width=50)
    assert "width" in e.value.details
    board = client.dashboards.create(name=unique("Export"), layout=[
        {"chart_id": chart.chart_id, "position": {"x": 0, "y": 0, "w": 12, "h": 4}}])
    pdf = client.export.dashboard(board.dashboard_id, page_size="legal")
    assert pdf.startswith(b"%PDF-")
    html = client.export.dashboard(board.dashboard_id, format="html", include_charts=False).decode()
    assert "dashboard-grid" in html and "<svg" not in html


def test_validation_errors_carry_details(client: AiserClient) -> None:
    with pytest.raises(ValidationError) as e:
        client.analytics.generate_chart(query="", data_source="sales_data")
    assert e.value.status == 422 and e.value.code == "VALIDATION_ERROR" and "query" in e.value.details
    assert e.value.request_id and e.value.message


# -- AI ---------------------------------------------------------------------------------------------


def test_intelligent_analysis_workflow_and_models(client: AiserClient) -> None:
    analysis = client.ai.intelligent_analysis(query="What drives our sales performance?", data_source="sales_data",
                                              options={"include_recommendations": True})
    assert analysis.analysis_type and analysis.rows == 240
    assert analysis.results.primary_drivers[0].factor == "marketing_spend"
    assert analysis.results.primary_drivers[0].impact == "High" and analysis.results.recommendations
    assert client.ai.get_analysis(analysis.analysis_id).analysis_id == analysis.analysis_id
    run = client.ai.run_workflow(workflow_name="forecast", data_source="sales_data", steps=[
        {"step": 1, "type": "data_preparation", "parameters": {"cleaning_rules": ["fill_missing"]}},
        {"step": 2, "type": "trend_analysis", "parameters": {"method": "moving_average", "window_size": 3}},
        {"step": 3, "type": "forecasting", "parameters": {"forecast_periods": 6}},
    ])
    assert run.workflow_name == "forecast" and [s.type for s in run.steps] == [
        "data_preparation", "trend_analysis", "forecasting"]
    assert client.ai.get_workflow(run.workflow_id).workflow_id == run.workflow_id
    models = client.ai.list_models()
    assert models and isinstance(models[0], AIModel) and models[0].performance_metrics.accuracy > 0


# -- network errors ------------------------------------------------------------------------------


def test_an_unreachable_server_is_a_connection_error_not_an_api_error(server: Server) -> None:
    with AiserClient(base_url=f"http://127.0.0.1:{free_port()}/api/v1", api_key="k", max_retries=1) as c:
        with pytest.raises(APIConnectionError) as e:
            c.analytics.generate_chart(query="q", data_source="d")
    assert e.value.request_sent is False


def test_unknown_fields_are_kept(client: AiserClient, server: Server) -> None:
    raw = httpx.get(server.base_url + "/ai/models", headers={"X-API-Key": server.api_key}).json()["data"]
    model = client.ai.list_models()[0]
    assert model.to_dict() == raw["available_models"][0]


# -- search and metrics -------------------------------------------------------------------------


def test_search_finds_by_prefix_and_typo(client: AiserClient) -> None:
    name = unique("Findable")
    board = client.dashboards.create(name=name, description="Quarterly revenue review")
    found = list(client.search.query(name[-8:], type="dashboards"))
    assert [r.id for r in found] == [board.dashboard_id]
    assert found[0].type == "dashboard" and found[0].title == name and 0 < found[0].relevance_score <= 1
    assert found[0].description == "Quarterly revenue review"
    first = client.search.query("quartrly revenu", type="dashboards").first_page()
    assert board.dashboard_id in [r.id for r in first.items] and first.pagination.total >= 1
    assert isinstance(client.search.query('NEAR("revenue" * ^:-').first_page().items, list)
    with pytest.raises(ValidationError) as e:
        client.search.query("   ").first_page()
    assert "q" in e.value.details
    client.dashboards.delete(board.dashboard_id)


def test_metrics_platform_and_user(server: Server, client: AiserClient) -> None:
    platform = client.metrics.platform()
    assert platform.users["total"] >= 1 and platform.charts["total"] >= 0
    assert 0 <= platform.performance["error_rate"] <= 100 and "uptime_percentage" in platform.performance
    assert set(platform.ai_queries) == {"total", "today", "this_week", "this_month"}
    with server.client() as c:
        me = c.auth.login(email=server.admin_email, password=server.admin_password).user.id
    mine = client.metrics.user(me)
    assert mine.user_id == me and mine.usage["api_calls"] >= 1 and mine.activity["last_login"] is not None
    assert {"average_query_time", "success_rate"} <= set(mine.performance)
