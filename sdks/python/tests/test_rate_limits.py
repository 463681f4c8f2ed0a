"""Rate limiting against a live server with small limits: a short Retry-After is waited out, a
long one raises RateLimitError."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from aiser_sdk import AiserClient, RateLimitError

from .conftest import CALLED, admin_api_key, running_server


def test_a_short_retry_after_is_waited_out_and_a_long_one_is_raised(tmp_path: Path) -> None:
    # Two AI calls per one-second window; then the server answers 429 with Retry-After: 1.
    with running_server(tmp_path, AISER_RATE_LIMIT_AI="2", AISER_RATE_LIMIT_WINDOW="1") as root:
        key, _ = admin_api_key(root)
        with AiserClient(base_url=root + "/api/v1", api_key=key) as c:
            c.on_request = lambda op: CALLED.add(op.operation_id)
            started = time.monotonic()
            for _ in range(5):
                assert c.ai.list_models()
            assert time.monotonic() - started >= 0.9  # at least one window was waited out
    # Two per hour: the 429 asks for at least 1 s, more than max_retry_after.
    (tmp_path / "long").mkdir()
    with running_server(tmp_path / "long", AISER_RATE_LIMIT_AI="2", AISER_RATE_LIMIT_WINDOW="3600") as root:
        key, _ = admin_api_key(root)
        with AiserClient(base_url=root + "/api/v1", api_key=key, max_retry_after=0.5) as c:
            c.ai.list_models()
            c.ai.list_models()
            with pytest.raises(RateLimitError) as e:
                c.ai.list_models()
    assert e.value.status == 429 and e.value.code == "RATE_LIMIT_EXCEEDED"
    assert e.value.retry_after is not None and 1 <= e.value.retry_after <= 3600 and e.value.request_id
