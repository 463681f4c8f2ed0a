"""`AsyncAiserClient`: the asyncio client, with the same surface as `AiserClient`."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Mapping

import httpx

from ._base import BaseClient, Op
from ._errors import APIError, AuthenticationError
from .async_resources import (
    AsyncAI, AsyncAnalytics, AsyncAPIKeys, AsyncAuth, AsyncDashboards, AsyncData, AsyncEmbed, AsyncExport,
    AsyncHealth, AsyncMetrics, AsyncOrganizations, AsyncSearch, AsyncUsers, AsyncWebhooks,
)


class AsyncAiserClient(BaseClient):
    """Asynchronous Aiser API client: every method of `AiserClient`, awaited.

        async with AsyncAiserClient(base_url="http://127.0.0.1:8000/api/v1", api_key="…") as client:
            chart = await client.analytics.generate_chart(query="Show me sales by month", data_source="sales_data")
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
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url, api_key=api_key, access_token=access_token, refresh_token=refresh_token,
            email=email, password=password, max_retries=max_retries, timeout=timeout,
            max_retry_after=max_retry_after, default_headers=default_headers,
        )
        self._http = http_client or httpx.AsyncClient(timeout=timeout)
        self._auth_lock: asyncio.Lock | None = None
        self.auth = AsyncAuth(self)
        self.users = AsyncUsers(self)
        self.organizations = AsyncOrganizations(self)
        self.api_keys = AsyncAPIKeys(self)
        self.webhooks = AsyncWebhooks(self)
        self.data = AsyncData(self)
        self.analytics = AsyncAnalytics(self)
        self.dashboards = AsyncDashboards(self)
        self.export = AsyncExport(self)
        self.embed = AsyncEmbed(self)
        self.ai = AsyncAI(self)
        self.health = AsyncHealth(self)
        self.search = AsyncSearch(self)
        self.metrics = AsyncMetrics(self)

    async def openapi(self) -> dict[str, Any]:
        """The server's OpenAPI 3.1 document."""
        return await self._request(Op("openapi", "GET", "/openapi.json", auth=False, enveloped=False, cast=json.loads))

    # -- Lifecycle -------------------------------------------------------------------------

    async def close(self) -> None:
        """Logs out a session this client opened itself, then closes the connections."""
        try:
            if self._logged_in_by_sdk and self._access_token:
                try:
                    await self._send(self._logout_op())
                except Exception:
                    pass
                self._clear_tokens()
        finally:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncAiserClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- Requests --------------------------------------------------------------------------

    async def _request(self, op: Op) -> Any:
        if self.on_request is not None:
            self.on_request(op)
        await self._prepare_auth(op)
        recovered = False
        while True:
            try:
                return await self._send(op)
            except AuthenticationError:
                if recovered or not self._can_recover_401(op):
                    raise
                recovered = True
                await self._recover()

    async def _send(self, op: Op) -> Any:
        attempt = 0
        while True:
            try:
                response = await self._http.request(op.method, self._url(op), **self._request_kwargs(op, True))
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
            await asyncio.sleep(wait)
            attempt += 1

    # -- Credentials -----------------------------------------------------------------------

    def _lock(self) -> asyncio.Lock:
        if self._auth_lock is None:
            self._auth_lock = asyncio.Lock()
        return self._auth_lock

    async def _prepare_auth(self, op: Op) -> None:
        if not (self._needs_login(op) or self._needs_refresh(op)):
            return
        async with self._lock():
            if self._needs_login(op):
                await self._login()
            elif self._needs_refresh(op):
                await self._renew()

    async def _login(self) -> None:
        assert self._email is not None and self._password is not None
        self._store_tokens(await self._send(self._login_op(self._email, self._password)))
        self._logged_in_by_sdk = True

    async def _recover(self) -> None:
        token = self._access_token
        async with self._lock():
            if self._access_token == token:  # nobody renewed it meanwhile
                await self._renew()

    async def _renew(self) -> None:
        """New tokens: refresh when there is a refresh token, else (or if that fails) log in again."""
        if self._refresh_token:
            try:
                self._store_tokens(await self._send(self._refresh_op()))
                return
            except APIError:
                if self._email is None:
                    raise
        if self._email is not None:
            await self._login()
        else:
            raise AuthenticationError("The access token expired and there is no way to renew it.", status=401)
