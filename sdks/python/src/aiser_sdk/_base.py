"""What the sync and async clients share: configuration, credentials, the retry policy and
how an answer becomes a result or an exception."""

from __future__ import annotations

import base64
import email.utils
import json
import os
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping
from urllib.parse import quote

import httpx

from ._models import LogoutResult, Token
from ._errors import APIConnectionError, APIError, APITimeoutError, RateLimitError, error_class_for
from ._upload import UploadBody
from ._version import __version__

DEFAULT_BASE_URL = "http://127.0.0.1:8000/api/v1"
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 500, 502, 503, 504})


@dataclass
class Op:
    """One API call: what the namespaces hand to the client."""

    operation_id: str
    method: str
    path: str
    path_params: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, Any] | None = None
    json: Any = None
    upload: UploadBody | None = None
    #: Turns the envelope's `data` into the result.
    cast: Callable[[Any], Any] = lambda d: d
    #: The path is relative to the server root (health probes, chart pages), not the base URL.
    root: bool = False
    #: Send credentials.
    auth: bool = True
    #: The answer is the `data` of the envelope (else `cast` gets the body's text).
    enveloped: bool = True

    def url_path(self) -> str:
        p = self.path
        for k, v in self.path_params.items():
            p = p.replace("{" + k + "}", quote(str(v), safe=""))
        return p


def clean_query(q: Mapping[str, Any] | None) -> dict[str, str] | None:
    """Drops None values and writes booleans, lists and datetimes the way the API reads them."""
    if not q:
        return None
    out: dict[str, str] = {}
    for k, v in q.items():
        if v is None:
            continue
        if isinstance(v, bool):
            out[k] = "true" if v else "false"
        elif isinstance(v, (list, tuple)):
            out[k] = ",".join(str(x) for x in v)
        elif hasattr(v, "isoformat"):
            out[k] = v.isoformat().replace("+00:00", "Z")
        else:
            out[k] = str(v)
    return out


def body(**fields: Any) -> dict[str, Any]:
    """A JSON body without the fields left at None."""
    extra = fields.pop("extra", None) or {}
    return {**{k: v for k, v in fields.items() if v is not None}, **extra}


def jwt_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT (read, not verified: the server verifies), as epoch seconds."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except Exception:
        return None


class BaseClient:
    """Configuration and state common to `AiserClient` and `AsyncAiserClient`."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
        email: str | None = None,
        password: str | None = None,
        max_retries: int = 2,
        timeout: float = 60.0,
        max_retry_after: float = 60.0,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        base = base_url or os.environ.get("AISER_BASE_URL") or DEFAULT_BASE_URL
        self.base_url = base.rstrip("/")
        if not (api_key or access_token or refresh_token or email):
            api_key = os.environ.get("AISER_API_KEY") or None
        if email is not None and password is None:
            raise ValueError("email needs a password")
        self.api_key = api_key
        self._email = email
        self._password = password
        self._access_token = access_token
        self._refresh_token = refresh_token
        self._expires_at: float | None = jwt_expiry(access_token) if access_token else None
        #: Seconds an access token lives, from the last login or refresh (sets the refresh margin).
        self._lifetime: float | None = None
        self._logged_in_by_sdk = False
        self.max_retries = max_retries
        self.timeout = timeout
        #: A 429 asking to wait longer than this is raised instead of waited out.
        self.max_retry_after = max_retry_after
        self._backoff_initial = 0.5
        self._backoff_max = 8.0
        self._headers = {
            "Accept": "application/json",
            "User-Agent": f"aiser-sdk-python/{__version__}",
            **(default_headers or {}),
        }
        #: Called with each Op before it is sent (tests use it to record coverage).
        self.on_request: Callable[[Op], None] | None = None

    # -- URLs and credentials --------------------------------------------------------------

    @property
    def server_root(self) -> str:
        """The base URL without its `/api/v1` suffix: where /healthz and /charts/… live."""
        return self.base_url[: -len("/api/v1")] if self.base_url.endswith("/api/v1") else self.base_url

    def _url(self, op: Op) -> str:
        return (self.server_root if op.root else self.base_url) + op.url_path()

    def _auth_headers(self, op: Op) -> dict[str, str]:
        if not op.auth:
            return {}
        if self._access_token:
            return {"Authorization": f"Bearer {self._access_token}"}
        if self.api_key:
            return {"X-API-Key": self.api_key}
        return {}

    def _needs_login(self, op: Op) -> bool:
        return op.auth and not self._access_token and not self.api_key and self._email is not None

    def _needs_refresh(self, op: Op) -> bool:
        if not op.auth or not self._refresh_token or self._expires_at is None:
            return False
        return time.time() >= self._expires_at - self._refresh_margin()

    def _refresh_margin(self) -> float:
        return 60.0 if self._lifetime is None else min(60.0, self._lifetime / 10)

    def _can_recover_401(self, op: Op) -> bool:
        return op.auth and op.operation_id not in ("login", "refresh", "logout") and (
            self._refresh_token is not None or self._email is not None
        )

    def _store_tokens(self, data: Mapping[str, Any]) -> None:
        self._access_token = data["access_token"]
        self._refresh_token = data.get("refresh_token") or self._refresh_token
        expires_in = data.get("expires_in")
        if isinstance(expires_in, (int, float)):
            self._lifetime = float(expires_in)
            self._expires_at = time.time() + float(expires_in)
        else:
            self._expires_at = jwt_expiry(self._access_token or "")

    def _tokens_from(self, data: Mapping[str, Any]) -> Token:
        self._store_tokens(data)
        return Token.from_dict(dict(data))

    def _logged_out(self, data: Mapping[str, Any]) -> LogoutResult:
        self._clear_tokens()
        return LogoutResult.from_dict(dict(data))

    def _clear_tokens(self) -> None:
        self._access_token = None
        self._refresh_token = None
        self._expires_at = None
        self._logged_in_by_sdk = False

    def _refresh_op(self) -> Op:
        return Op("refresh", "POST", "/auth/refresh", json={"refresh_token": self._refresh_token}, auth=False)

    def _login_op(self, email: str, password: str) -> Op:
        return Op("login", "POST", "/auth/login", json={"email": email, "password": password}, auth=False)

    def _logout_op(self) -> Op:
        return Op("logout", "POST", "/auth/logout")

    # -- Requests --------------------------------------------------------------------------

    def _request_kwargs(self, op: Op, asynchronous: bool) -> dict[str, Any]:
        headers = {**self._headers, **self._auth_headers(op)}
        kw: dict[str, Any] = {"params": clean_query(op.query)}
        if op.upload is not None:
            headers.update(op.upload.headers)
            kw["content"] = op.upload.iter_async() if asynchronous else op.upload.iter_sync()
        elif op.json is not None:
            kw["json"] = op.json
        elif op.method == "POST":
            kw["content"] = b""
        kw["headers"] = headers
        return kw

    # -- Retry policy ----------------------------------------------------------------------

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter: half to all of initial·2^attempt, capped."""
        delay = min(self._backoff_max, self._backoff_initial * (2**attempt))
        return delay * (0.5 + random.random() / 2)

    def _replayable(self, op: Op) -> bool:
        return op.upload is None or op.upload.replayable

    def _retry_after_error(self, op: Op, exc: httpx.TransportError, attempt: int) -> float | None:
        """Seconds to wait before retrying after a network error, or None to give up."""
        if attempt >= self.max_retries or not self._replayable(op):
            return None
        not_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))
        if op.method in IDEMPOTENT or not_sent:
            return self._backoff(attempt)
        return None

    def _retry_after_response(self, op: Op, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before retrying an error answer, or None to give up."""
        if attempt >= self.max_retries or not self._replayable(op):
            return None
        if response.status_code == 429:
            # The rate limiter answers before the request is handled: safe for any method.
            wait = _retry_after_seconds(response)
            if wait is None:
                return self._backoff(attempt)
            return wait if wait <= self.max_retry_after else None
        if response.status_code in RETRY_STATUSES and op.method in IDEMPOTENT:
            return self._backoff(attempt)
        return None

    # -- Answers ---------------------------------------------------------------------------

    def _result(self, op: Op, response: httpx.Response) -> Any:
        if response.status_code >= 400:
            raise _api_error(response)
        if not op.enveloped:
            return op.cast(response.text)
        try:
            payload = response.json()
        except ValueError as e:
            raise APIError(
                "The server's answer is not JSON.", status=response.status_code,
                request_id=response.headers.get("X-Request-ID"), body=response.text,
            ) from e
        data = payload.get("data") if isinstance(payload, dict) and "data" in payload else payload
        return op.cast(data)

    @staticmethod
    def _network_error(exc: httpx.TransportError) -> APIConnectionError:
        sent = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"Request timed out: {exc}", request_sent=sent)
        return APIConnectionError(f"Connection error: {exc}", request_sent=sent)


def _retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        try:
            ra = response.json()["error"]["retry_after"]
            return float(ra)
        except Exception:
            return None
    try:
        return max(0.0, float(value))
    except ValueError:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time()) if when else None


def _api_error(response: httpx.Response) -> APIError:
    request_id = response.headers.get("X-Request-ID")
    try:
        payload = response.json()
        err = payload["error"]
        code, message = err.get("code"), err.get("message") or response.reason_phrase
        details, request_id = err.get("details") or {}, err.get("request_id") or request_id
        retry_after = err.get("retry_after")
    except Exception:
        payload, code, message, details, retry_after = response.text, None, response.reason_phrase, {}, None
        message = f"HTTP {response.status_code} {message}".strip()
    cls = error_class_for(code, response.status_code)
    kw: dict[str, Any] = dict(
        status=response.status_code, code=code, request_id=request_id, details=details, body=payload
    )
    if cls is RateLimitError:
        header = response.headers.get("Retry-After")
        if retry_after is None and header and header.isdigit():
            retry_after = int(header)
        return RateLimitError(message, retry_after=retry_after, **kw)
    return cls(message, **kw)
