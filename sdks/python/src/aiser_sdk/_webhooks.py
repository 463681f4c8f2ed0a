"""Checking that a webhook delivery came from Aiser (see site/pages/reference/webhooks.md)."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Mapping


def _header(headers: Mapping[str, str], name: str) -> str | None:
    if name in headers:
        return headers[name]
    lower = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lower), None)


def verify_signature(
    secret: str, headers: Mapping[str, str], body: bytes | str, *, tolerance: int = 300, now: float | None = None,
) -> bool:
    """True when `body` (the raw request body) carries a valid `X-Aiser-Signature` made with the
    webhook's `secret` less than `tolerance` seconds ago (header names in any case)."""
    timestamp, signature = _header(headers, "X-Aiser-Timestamp"), _header(headers, "X-Aiser-Signature")
    if not timestamp or not signature or not timestamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > tolerance:
        return False
    raw = body.encode() if isinstance(body, str) else body
    expected = "v1=" + hmac.new(secret.encode(), timestamp.encode() + b"." + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
