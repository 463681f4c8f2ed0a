"""Webhooks through the SDK against the live server, delivered to a receiver on 127.0.0.1 and
verified with the site's recipe and with `verify_signature`."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator

import pytest

from aiser_sdk import AiserClient, CreatedWebhook, ValidationError, verify_signature

from .conftest import Server
from .snippets import REPO, code_block


class Receiver:
    """Records every POST it gets (headers and raw body) and answers 200."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.received.append(({k: v for k, v in self.headers.items()}, body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/hook"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def wait_for(self, match: Callable[[dict[str, str], dict[str, Any]], bool], timeout: float = 20) -> tuple:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for headers, body in list(self.received):
                if match(headers, json.loads(body)):
                    return headers, body
            time.sleep(0.1)
        raise AssertionError(f"no matching delivery within {timeout} s; got {len(self.received)}")


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.http.shutdown()
    r.http.server_close()


def documented_verify() -> Callable[..., bool]:
    page = (REPO / "site" / "pages" / "reference" / "webhooks.md").read_text()
    namespace: dict[str, Any] = {}
    exec(code_block(page, "### Python", "python"), namespace)  # the page's recipe, as written
    return namespace["verify"]


def test_webhook_lifecycle_signed_deliveries_and_redelivery(client: AiserClient, receiver: Receiver) -> None:
    hook = client.webhooks.create(name="sdk python", url=receiver.url, events=["chart.created", "data.uploaded"])
    assert isinstance(hook, CreatedWebhook) and hook.secret.startswith("whsec_") and hook.active
    assert hook.secret_hint.endswith(hook.secret[-4:])
    assert hook.webhook_id in [w.webhook_id for w in client.webhooks.list()]
    got = client.webhooks.get(hook.webhook_id)
    assert got.events == ["chart.created", "data.uploaded"] and "secret" not in got.to_dict()
    updated = client.webhooks.update(hook.webhook_id, name="sdk python (renamed)")
    assert updated.name == "sdk python (renamed)" and updated.url == receiver.url

    ping = client.webhooks.test(hook.webhook_id)
    assert ping.status == "pending"
    headers, body = receiver.wait_for(lambda h, b: b["id"] == ping.event_id)
    assert headers["X-Aiser-Event"] == "ping" and headers["X-Aiser-Delivery"] == ping.delivery_id
    verify = documented_verify()
    assert verify(hook.secret, headers, body)
    assert not verify("whsec_wrong", headers, body)
    assert not verify(hook.secret, headers, body + b" ")
    assert verify_signature(hook.secret, {k.lower(): v for k, v in headers.items()}, body)
    assert not verify_signature(hook.secret, headers, body, now=time.time() + 301)

    chart = client.analytics.generate_chart(query="total sales by region", data_source="sales_data")
    _, created = receiver.wait_for(lambda h, b: b["event"] == "chart.created" and b["data"]["chart_id"] == chart.chart_id)
    assert json.loads(created)["data"]["organization_id"]

    deliveries = list(client.webhooks.list_deliveries(hook.webhook_id, limit=1))
    first = next(d for d in deliveries if d.delivery_id == ping.delivery_id)
    assert first.status == "delivered" and first.response_code == 200 and first.attempts == 1
    again = client.webhooks.redeliver(hook.webhook_id, ping.delivery_id)
    assert again.event_id == ping.event_id and again.delivery_id != ping.delivery_id
    headers2, body2 = receiver.wait_for(lambda h, b: h["X-Aiser-Delivery"] == again.delivery_id)
    assert body2 == body and verify(hook.secret, headers2, body2)

    assert client.webhooks.delete(hook.webhook_id).deleted


def test_unknown_events_and_non_http_urls_are_422(client: AiserClient) -> None:
    with pytest.raises(ValidationError) as e:
        client.webhooks.create(name="x", url="http://127.0.0.1:9/", events=["chart.exploded"])
    assert "events" in e.value.details
    with pytest.raises(ValidationError) as e:
        client.webhooks.create(name="x", url="ftp://127.0.0.1/", events=["*"])
    assert "url" in e.value.details


def test_prometheus_metrics_count_the_suite_requests(client: AiserClient) -> None:
    client.health.check()
    text = client.health.metrics()
    assert "# TYPE aiser_http_requests_total counter" in text
    assert 'aiser_http_requests_total{method="GET",route="/healthz",status="200"}' in text


def test_the_async_client_lists_webhooks(server: Server) -> None:
    async def scenario() -> None:
        async with server.async_client() as c:
            assert isinstance(await c.webhooks.list(), list)

    asyncio.run(scenario())
