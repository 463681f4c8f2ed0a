"""`AiserClient`: the synchronous client."""

from __future__ import annotations

import json
import threading
import time
from typing import Any, Mapping

import httpx

from ._base import BaseClient, Op
from ._errors import APIError, AuthenticationError
from .resources import (
    AI, APIKeys, Analytics, Auth, Dashboards, Data, Embed, Export, Health, Metrics, Organizations, Search, Users,
    Webhooks,
)


class AiserClient(BaseClient):
    """Synchronous Aiser API client.

    Authenticate with `api_key`, with a bearer `access_token` (and optionally its
    `refresh_token`), or with `email` and `password` (the client logs in on first use,
    refreshes the access token before it expires and once on a 401, and logs out on `close()`).

        client = AiserClient(base_url="http://127.0.0.1:8000/api/v1", api_key="…")
        chart = client.analytics.generate_chart(query="Show me sales by month", data_source="sales_data")
    """

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
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url, api_key=api_key, access_token=access_token, refresh_token=refresh_token,
            email=email, password=password, max_retries=max_retries, timeout=timeout,
            max_retry_after=max_retry_after, default_headers=default_headers,
        )
        self._http = http_client or httpx.Client(timeout=timeout)
        self._auth_lock = threading.Lock()
        self.auth = Auth(self)
        self.users = Users(self)
        self.organizations = Organizations(self)
        self.api_keys = APIKeys(self)
        self.webhooks = Webhooks(self)
        self.data = Data(self)
        self.analytics = Analytics(self)
        self.dashboards = Dashboards(self)
        self.export = Export(self)
        self.embed = Embed(self)
        self.ai = AI(self)
        self.health = Health(self)
        self.search = Search(self)
        self.metrics = Metrics(self)

    def openapi(self) -> dict[str, Any]:
        """The server's OpenAPI 3.1 document."""
        return self._request(Op("openapi", "GET", "/openapi.json", auth=False, enveloped=False, cast=json.loads))

    # -- Lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Logs out a session this client opened itself, then closes the connections."""
        try:
            if self._logged_in_by_sdk and self._access_token:
                try:
                    self._send(self._logout_op())
                except Exception:
                    pass
                self._clear_tokens()
        finally:
            self._http.close()

    def __enter__(self) -> AiserClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- Requests --------------------------------------------------------------------------

    def _request(self, op: Op) -> Any:
        if self.on_request is not None:
            self.on_request(op)
        self._prepare_auth(op)
        recovered = False
        while True:
            try:
                return self._send(op)
            except AuthenticationError:
                if recovered or not self._can_recover_401(op):
                    raise
                recovered = True
                self._recover()

    def _send(self, op: Op) -> Any:
        attempt = 0
        while True:
            try:
                response = self._http.request(op.method, self._url(op), **self._request_kwargs(op, False))
            except httpx.TransportError as exc:
                wait = self._retry_after_error(op, exc, attempt)
                if wait is None:
                    raise self._network_error(exc) from exc
            else:
                if response.status_code < 400:
                    return self._result(op, response)
                wait = self._retry_after_response(op, response, attempt)
                if wait is None:
                    return self._result(op, response)
            time.sleep(wait)
            attempt += 1

    # -- Credentials -----------------------------------------------------------------------

    def _prepare_auth(self, op: Op) -> None:
        if not (self._needs_login(op) or self._needs_refresh(op)):
            return
        with self._auth_lock:
            if self._needs_login(op):
                self._login()
            elif self._needs_refresh(op):
                self._renew()

    def _login(self) -> None:
        assert self._email is not None and self._password is not None
        self._store_tokens(self._send(self._login_op(self._email, self._password)))
        self._logged_in_by_sdk = True

    def _recover(self) -> None:
        token = self._access_token
        with self._auth_lock:
            if self._access_token == token:  # no other thread renewed it meanwhile
                self._renew()

    def _renew(self) -> None:
        """New tokens: refresh when there is a refresh token, else (or if that fails) log in again."""
        if self._refresh_token:
            try:
                self._store_tokens(self._send(self._refresh_op()))
                return
            except APIError:
                if self._email is None:
                    raise
        if self._email is not None:
            self._login()
        else:
            raise AuthenticationError("The access token expired and there is no way to renew it.", status=401)
