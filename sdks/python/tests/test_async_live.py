"""`AsyncAiserClient` against the live server: the same surface, awaited."""

from __future__ import annotations

import asyncio
import io
import time

import pytest

from aiser_sdk import AsyncPager, AuthenticationError, CreatedChart, NotFoundError

from .conftest import Server, sales_csv


def test_async_client_end_to_end(server: Server) -> None:
    async def scenario() -> None:
        async with server.async_client() as c:
            assert (await c.health.check()).status == "ok" and (await c.health.ready()).status == "ready"
            assert "paths" in await c.openapi()
            progress: list[int] = []
            ds = await c.data.upload(io.BytesIO(sales_csv(30)), filename="async.csv", data_source_name="async-ds",
                                     on_progress=lambda sent, total: progress.append(sent))
            assert ds.rows == 30 and progress[-1] > 0
            assert "async-ds" in [s.name async for s in c.data.list_sources(limit=1)]
            assert (await c.data.get_schema(ds.data_source_id)).statistics.total_rows == 30
            charts = await asyncio.gather(*(
                c.analytics.generate_chart(query=q, data_source="sales_data")
                for q in ("Show me sales by month", "average price by region")))
            assert all(isinstance(ch, CreatedChart) for ch in charts)
            pager = c.analytics.list_charts(limit=1)
            assert isinstance(pager, AsyncPager)
            ids = [s.chart_id async for s in pager]
            assert {ch.chart_id for ch in charts} <= set(ids)
            assert (await c.analytics.get_chart(charts[0].chart_id)).chart_id == charts[0].chart_id
            assert (await c.analytics.update_chart(charts[0].chart_id, title="Async")).title == "Async"
            assert "<html" in (await c.analytics.chart_page(charts[0].chart_id)).lower()
            board = await c.dashboards.create(name="Async board", layout=[
                {"chart_id": charts[1].chart_id, "position": {"x": 0, "y": 0, "w": 12, "h": 4}}])
            assert (await c.dashboards.get(board.dashboard_id)).layout[0].chart_id == charts[1].chart_id
            assert board.dashboard_id in [d.dashboard_id async for d in c.dashboards.list(search="Async board")]
            assert board.dashboard_id in [r.id async for r in c.search.query("async board", type="dashboards")]
            assert (await c.dashboards.update(board.dashboard_id, name="Async 2")).name == "Async 2"
            assert "dashboard-grid" in await c.dashboards.page(board.dashboard_id)
            assert (await c.export.chart(charts[1].chart_id, format="svg")).startswith(b"<svg")
            assert (await c.export.dashboard(board.dashboard_id, format="html")).startswith(b"<!doctype html")
            assert (await c.dashboards.delete(board.dashboard_id)).deleted
            assert (await c.analytics.delete_chart(charts[0].chart_id)).deleted
            with pytest.raises(NotFoundError):
                await c.analytics.get_chart(charts[0].chart_id)
            a = await c.ai.intelligent_analysis(query="What drives our sales performance?", data_source="sales_data")
            assert (await c.ai.get_analysis(a.analysis_id)).target == "sales"
            w = await c.ai.run_workflow(data_source="sales_data", steps=[{"type": "trend_analysis"}])
            assert (await c.ai.get_workflow(w.workflow_id)).status == w.status
            assert (await c.ai.list_models())[0].model_id
            key = await c.api_keys.create(name="async key")
            assert key.key_id in {k.key_id for k in await c.api_keys.list()}
            assert (await c.api_keys.revoke(key.key_id)).revoked
            user = await c.users.create(email="async-user@example.com", password="a password 123")
            assert (await c.users.get(user.user_id)).email == user.email
            assert (await c.users.update(user.user_id, last_name="Lovelace")).last_name == "Lovelace"
            assert user.user_id in [u.user_id async for u in c.users.list(limit=2)]
            org = await c.organizations.create(name="Async org")
            assert (await c.organizations.get(org.organization_id)).name == "Async org"
            assert [m async for m in c.organizations.list_members(org.organization_id)] == []
            assert (await c.data.delete_source(ds.data_source_id)).deleted

    asyncio.run(scenario())


def test_async_password_auth_refreshes_and_logs_out(server: Server) -> None:
    async def scenario() -> None:
        c = server.async_client(email=server.admin_email, password=server.admin_password)
        await c.api_keys.list()
        first = c._access_token
        c._expires_at = time.time() + 1
        await c.api_keys.list()
        assert c._access_token != first
        c._access_token = c._access_token[:-4] + "AAAA"
        c._expires_at = time.time() + 3600
        await c.api_keys.list()  # 401 → refresh → retried
        refresh_token = c._refresh_token
        await c.close()
        async with server.async_client() as other:
            with pytest.raises(AuthenticationError):
                await other.auth.refresh(refresh_token=refresh_token)
            token = await other.auth.login(email=server.admin_email, password=server.admin_password)
            assert token.access_token and (await other.auth.logout()).logged_out

    asyncio.run(scenario())
