"""Reading the SDK snippets out of Markdown: the API reference's and the README's."""

from __future__ import annotations

import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def api_reference() -> Path | None:
    """The API reference (shared/api-reference.md beside the clone, or $AISER_API_REFERENCE)."""
    for candidate in (os.environ.get("AISER_API_REFERENCE"), REPO.parent / "shared" / "api-reference.md"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def code_block(markdown: str, heading: str, language: str) -> str:
    """The first ```language block after the heading line that contains `heading`."""
    start = markdown.index(heading)
    m = re.compile(r"```" + language + r"\n(.*?)```", re.S).search(markdown, start)
    assert m, f"no {language} block after {heading!r}"
    return m.group(1)


def with_server(snippet: str, base_url: str, api_key: str) -> str:
    """The snippet with its base URL and key replaced by the live ones, and nothing else changed."""
    out, n1 = re.subn(r'base_url="[^"]*"', f'base_url="{base_url}"', snippet)
    out, n2 = re.subn(r'api_key="[^"]*"', f'api_key="{api_key}"', out)
    assert n1 == 1 and n2 == 1, "the snippet should set base_url and api_key once each"
    return out
