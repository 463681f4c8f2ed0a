"""Kept in step with the server: every operation of its OpenAPI document is in the SDK and was
called by this suite. Runs last (file order); run the whole suite, not this file alone."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from .conftest import CALLED, Server

RESOURCES = Path(__file__).resolve().parents[1] / "src" / "aiser_sdk"

#: Operations deliberately not in the SDK, with the reason.
#: (Embed is not here because the server does not have it yet; it will appear in its document, and
#: so fail this test, when it does.)
EXCLUDED: dict[str, str] = {
    **{op: "the sign-in form of the pages, for a person's browser; programs sign in with auth.login and tokens"
       for op in ("loginPage", "loginForm", "logoutForm")},
    "embedChartEvents": "a Server-Sent Events stream the embed page's own script opens in the browser",
    "embedDashboardEvents": "a Server-Sent Events stream the embed page's own script opens in the browser",
}


def server_operations(server: Server) -> set[str]:
    doc = httpx.get(server.base_url + "/openapi.json").json()
    return {op["operationId"] for ops in doc["paths"].values() for op in ops.values()}


def test_every_server_operation_is_in_the_sdk(server: Server) -> None:
    declared = set(re.findall(r'Op\(\s*"(\w+)"', (RESOURCES / "resources.py").read_text()))
    declared |= set(re.findall(r'Op\(\s*"(\w+)"', (RESOURCES / "_async_client.py").read_text()))
    missing = server_operations(server) - declared - EXCLUDED.keys()
    assert not missing, f"operations without an SDK method: {sorted(missing)}"


def test_every_server_operation_was_called_by_the_suite(server: Server) -> None:
    missing = server_operations(server) - CALLED - EXCLUDED.keys()
    assert not missing, f"operations no test called: {sorted(missing)}"


def test_exclusions_name_real_operations(server: Server) -> None:
    assert EXCLUDED.keys() <= server_operations(server)
