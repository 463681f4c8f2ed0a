"""Unit tests of the retry policy and of token refresh, against a scripted local server."""

from __future__ import annotations

import asyncio
import io
import time
from typing import Iterator

import pytest

from aiser_sdk import (
    AiserClient, APIConnectionError, APITimeoutError, AsyncAiserClient, AuthenticationError, InternalServerError,
    RateLimitError, ServiceUnavailableError,
)

from .stub import Answer, Stub, error

MODELS = {"available_models": [{"model_id": "m", "provider": "p", "capabilities": [], "status": "active",
                                "performance_metrics": {"accuracy": 1, "accuracy_basis": "b", "response_time": None,
                                                        "measured_requests": 0, "cost_per_request": 0},
                                "brand_new_field": {"x": 1}}]}
CHART = {"chart_id": "chart_1", "chart_url": "/charts/chart_1", "insights": [],
         "chart_data": {"type": "bar", "data": {"labels": [], "datasets": []}, "options": {}}}


def tokens(n: int, expires_in: int = 3600) -> Answer:
    return Answer(200, {"access_token": f"access-{n}", "refresh_token": f"refresh-{n}", "token_type": "bearer",
                        "expires_in": expires_in})


@pytest.fixture
def stub() -> Iterator[Stub]:
    s = Stub()
    yield s
    s.close()


def fast(client: AiserClient | AsyncAiserClient) -> AiserClient | AsyncAiserClient:
    client._backoff_initial = 0.01
    return client


# -- 429 -----------------------------------------------------------------------------------------


def test_429_waits_retry_after_then_retries_even_a_post(stub: Stub) -> None:
    stub.script["POST /api/v1/analytics/chart"] = [error(429, "RATE_LIMIT_EXCEEDED", retry_after=1), Answer(201, CHART)]
    with AiserClient(base_url=stub.base_url, api_key="k") as c:
        chart = c.analytics.generate_chart(query="q", data_source="d")
    assert chart.chart_id == "chart_1" and len(stub.seen) == 2
    assert stub.seen[1].at - stub.seen[0].at >= 0.95


def test_429_asking_for_too_long_a_wait_is_raised_with_retry_after(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [error(429, "RATE_LIMIT_EXCEEDED", retry_after=120)]
    with AiserClient(base_url=stub.base_url, api_key="k") as c, pytest.raises(RateLimitError) as e:
        c.ai.list_models()
    assert e.value.retry_after == 120 and e.value.status == 429 and e.value.request_id == "req_stub"
    assert len(stub.seen) == 1


def test_429_gives_up_after_max_retries(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [error(429, "RATE_LIMIT_EXCEEDED", retry_after=1)]
    with AiserClient(base_url=stub.base_url, api_key="k", max_retries=1) as c, pytest.raises(RateLimitError):
        c.ai.list_models()
    assert len(stub.seen) == 2


# -- 5xx and network errors ------------------------------------------------------------------------


def test_idempotent_requests_retry_5xx_with_growing_backoff(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [error(500, "INTERNAL_ERROR"), error(503, "SERVICE_UNAVAILABLE"),
                                            Answer(200, MODELS)]
    c = fast(AiserClient(base_url=stub.base_url, api_key="k", max_retries=2))
    c._backoff_initial = 0.1
    assert c.ai.list_models()[0].model_id == "m"
    gaps = [b.at - a.at for a, b in zip(stub.seen, stub.seen[1:])]
    assert len(stub.seen) == 3 and 0.05 <= gaps[0] and 0.1 <= gaps[1] and gaps[1] <= 3.0
    c.close()


def test_5xx_on_a_post_is_not_retried(stub: Stub) -> None:
    stub.script["POST /api/v1/analytics/chart"] = [error(500, "INTERNAL_ERROR"), Answer(201, CHART)]
    with fast(AiserClient(base_url=stub.base_url, api_key="k")) as c, pytest.raises(InternalServerError) as e:
        c.analytics.generate_chart(query="q", data_source="d")
    assert e.value.code == "INTERNAL_ERROR" and len(stub.seen) == 1


def test_max_retries_zero_never_retries(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [error(503, "SERVICE_UNAVAILABLE"), Answer(200, MODELS)]
    with AiserClient(base_url=stub.base_url, api_key="k", max_retries=0) as c, pytest.raises(ServiceUnavailableError):
        c.ai.list_models()
    assert len(stub.seen) == 1


def test_a_dropped_connection_is_retried_for_a_get_but_not_for_a_post(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [Answer(drop=True), Answer(200, MODELS)]
    stub.script["POST /api/v1/analytics/chart"] = [Answer(drop=True), Answer(201, CHART)]
    with fast(AiserClient(base_url=stub.base_url, api_key="k")) as c:
        assert c.ai.list_models()[0].model_id == "m"
        assert stub.paths().count("GET /api/v1/ai/models") == 2
        with pytest.raises(APIConnectionError) as e:
            c.analytics.generate_chart(query="q", data_source="d")
        assert e.value.request_sent is True and not isinstance(e.value, APITimeoutError)
    assert stub.paths().count("POST /api/v1/analytics/chart") == 1


def test_a_timeout_is_its_own_error_and_is_retried_only_when_idempotent(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [Answer(200, MODELS, delay=1.0)]
    with fast(AiserClient(base_url=stub.base_url, api_key="k", timeout=0.2, max_retries=1)) as c:
        with pytest.raises(APITimeoutError):
            c.ai.list_models()
    assert stub.paths().count("GET /api/v1/ai/models") == 2


def test_a_replayable_upload_is_retried_after_429_and_a_pipe_is_not(stub: Stub) -> None:
    ds = {"data_source_id": "ds_1", "name": "n", "file_name": "f.csv", "file_type": "csv", "file_size": 3,
          "rows": 1, "columns": 1, "tags": [], "uploaded_at": "2026-01-01T00:00:00Z"}
    stub.script["POST /api/v1/data/upload"] = [error(429, "RATE_LIMIT_EXCEEDED", retry_after=1), Answer(201, ds)]
    with AiserClient(base_url=stub.base_url, api_key="k") as c:
        assert c.data.upload(b"a\n1\n", filename="f.csv").data_source_id == "ds_1"
        assert stub.seen[0].body == stub.seen[1].body and b'filename="f.csv"' in stub.seen[1].body

        class Pipe(io.RawIOBase):
            def readable(self) -> bool:
                return True

            def read(self, n: int = -1) -> bytes:
                return b""

        stub.script["POST /api/v1/data/upload"] = [error(429, "RATE_LIMIT_EXCEEDED", retry_after=1)]
        with pytest.raises(RateLimitError):
            c.data.upload(Pipe(), filename="p.csv")
    assert stub.paths().count("POST /api/v1/data/upload") == 3


# -- results ----------------------------------------------------------------------------------------


def test_unknown_fields_are_kept_and_ignored(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [Answer(200, MODELS)]
    with AiserClient(base_url=stub.base_url, api_key="k") as c:
        model = c.ai.list_models()[0]
    assert model.extra == {"brand_new_field": {"x": 1}} and model["brand_new_field"] == {"x": 1}
    assert model.performance_metrics.response_time is None
    assert stub.seen[0].headers["X-API-Key"] == "k"


# -- tokens -----------------------------------------------------------------------------------------


def test_password_auth_logs_in_refreshes_before_expiry_and_logs_out_on_close(stub: Stub) -> None:
    stub.script["POST /api/v1/auth/login"] = [tokens(1, expires_in=2)]
    stub.script["POST /api/v1/auth/refresh"] = [tokens(2)]
    stub.script["GET /api/v1/ai/models"] = [Answer(200, MODELS)]
    stub.script["POST /api/v1/auth/logout"] = [Answer(200, {"logged_out": True})]
    c = AiserClient(base_url=stub.base_url, email="a@example.com", password="pw")
    c.ai.list_models()
    time.sleep(1.9)  # inside the refresh margin (a tenth of the lifetime)
    c.ai.list_models()
    c.close()
    assert stub.paths() == ["POST /api/v1/auth/login", "GET /api/v1/ai/models", "POST /api/v1/auth/refresh",
                            "GET /api/v1/ai/models", "POST /api/v1/auth/logout"]
    assert stub.seen[1].headers["Authorization"] == "Bearer access-1"
    assert b"refresh-1" in stub.seen[2].body
    assert stub.seen[3].headers["Authorization"] == "Bearer access-2"
    assert stub.seen[4].headers["Authorization"] == "Bearer access-2"


def test_a_401_refreshes_once_then_gives_up(stub: Stub) -> None:
    stub.script["POST /api/v1/auth/refresh"] = [tokens(2), tokens(3)]
    stub.script["GET /api/v1/ai/models"] = [error(401, "AUTHENTICATION_FAILED"), Answer(200, MODELS)]
    with AiserClient(base_url=stub.base_url, access_token="access-1", refresh_token="refresh-1") as c:
        assert c.ai.list_models()[0].model_id == "m"
        stub.script["GET /api/v1/ai/models"] = [error(401, "AUTHENTICATION_FAILED")]
        with pytest.raises(AuthenticationError):
            c.ai.list_models()
    assert stub.paths() == ["GET /api/v1/ai/models", "POST /api/v1/auth/refresh", "GET /api/v1/ai/models",
                            "GET /api/v1/ai/models", "POST /api/v1/auth/refresh", "GET /api/v1/ai/models"]


def test_an_api_key_401_is_raised_without_refresh(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [error(401, "AUTHENTICATION_FAILED")]
    with AiserClient(base_url=stub.base_url, api_key="bad") as c, pytest.raises(AuthenticationError):
        c.ai.list_models()
    assert stub.paths() == ["GET /api/v1/ai/models"]


def test_a_bearer_token_without_refresh_token_is_never_logged_out(stub: Stub) -> None:
    stub.script["GET /api/v1/ai/models"] = [Answer(200, MODELS)]
    with AiserClient(base_url=stub.base_url, access_token="t") as c:
        c.ai.list_models()
    assert stub.paths() == ["GET /api/v1/ai/models"]


def test_async_client_retries_and_refreshes_the_same_way(stub: Stub) -> None:
    stub.script["POST /api/v1/auth/login"] = [tokens(1)]
    stub.script["POST /api/v1/auth/refresh"] = [tokens(2)]
    stub.script["GET /api/v1/ai/models"] = [error(502, "INTERNAL_ERROR"), error(401, "AUTHENTICATION_FAILED"),
                                            Answer(200, MODELS)]
    stub.script["POST /api/v1/analytics/chart"] = [error(500, "INTERNAL_ERROR")]
    stub.script["POST /api/v1/auth/logout"] = [Answer(200, {"logged_out": True})]

    async def scenario() -> None:
        c = fast(AsyncAiserClient(base_url=stub.base_url, email="a@example.com", password="pw"))
        assert (await c.ai.list_models())[0].model_id == "m"
        with pytest.raises(InternalServerError):
            await c.analytics.generate_chart(query="q", data_source="d")
        await c.close()

    asyncio.run(scenario())
    assert stub.paths() == ["POST /api/v1/auth/login", "GET /api/v1/ai/models", "GET /api/v1/ai/models",
                            "POST /api/v1/auth/refresh", "GET /api/v1/ai/models", "POST /api/v1/analytics/chart",
                            "POST /api/v1/auth/logout"]
