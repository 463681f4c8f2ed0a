"""The Python snippets of the API reference and of the README run as written against the server."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiser_sdk import Analysis, CreatedChart

from .conftest import Server
from .snippets import api_reference, code_block, with_server

README = Path(__file__).resolve().parents[1] / "README.md"
SITE_PAGE = Path(__file__).resolve().parents[3] / "site" / "pages" / "reference" / "sdks.md"


def run(snippet: str, server: Server) -> dict:
    namespace: dict = {}
    exec(compile(with_server(snippet, server.base_url, server.api_key), "<snippet>", "exec"), namespace)
    client = namespace["client"]
    client.close()
    return namespace


def check(namespace: dict) -> None:
    chart, insights = namespace["chart"], namespace["insights"]
    assert isinstance(chart, CreatedChart)
    assert chart.chart_data.type == "line" and len(chart.chart_data.data.labels) >= 12
    assert chart.insights
    assert isinstance(insights, Analysis)
    assert insights.target == "sales"
    assert insights.results.primary_drivers and insights.results.primary_drivers[0].factor == "marketing_spend"


def test_the_api_references_python_snippet_runs_as_written(server: Server) -> None:
    ref = api_reference()
    if ref is None:
        pytest.skip("shared/api-reference.md is not beside this clone (set AISER_API_REFERENCE)")
    check(run(code_block(ref.read_text(), "### **Python SDK**", "python"), server))


def test_the_readmes_first_call_runs_as_written(server: Server) -> None:
    namespace = run(code_block(README.read_text(), "## First call", "python"), server)
    assert isinstance(namespace["chart"], CreatedChart) and namespace["chart"].chart_id.startswith("chart_")


def test_the_readmes_copy_of_the_reference_example_runs(server: Server) -> None:
    check(run(code_block(README.read_text(), "## The API reference's example", "python"), server))


def test_the_readmes_snippet_is_the_api_references(server: Server) -> None:
    ref = api_reference()
    if ref is None:
        pytest.skip("shared/api-reference.md is not beside this clone (set AISER_API_REFERENCE)")
    assert code_block(README.read_text(), "## The API reference's example", "python") == code_block(
        ref.read_text(), "### **Python SDK**", "python")


def test_the_site_pages_python_example_runs_as_written(server: Server) -> None:
    namespace = run(code_block(SITE_PAGE.read_text(), "## Python", "python"), server)
    assert isinstance(namespace["chart"], CreatedChart) and namespace["chart"].insights
