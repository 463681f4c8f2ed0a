"""A live `aiser serve` for the test session: the built binary on a free 127.0.0.1 port with a
temporary data directory, a bootstrap administrator, an API key and a `sales_data` source."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import random
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from aiser_sdk import AiserClient, AsyncAiserClient

REPO = Path(__file__).resolve().parents[3]
ADMIN_EMAIL = "admin@example.com"
ADMIN_PASSWORD = "sdk tests admin password"

#: Operation ids the SDK clients sent during the session (tests/test_zz_coverage.py reads it).
CALLED: set[str] = set()


def aiser_binary() -> Path:
    explicit = os.environ.get("AISER_BIN")
    path = Path(explicit) if explicit else REPO / ".build" / "debug" / "aiser"
    if not path.exists():
        pytest.exit(f"no aiser binary at {path}: build it (swift build) or set AISER_BIN", returncode=2)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sales_csv(rows: int = 240) -> bytes:
    """Deterministic sales data: sales follow marketing spend, with a fourth-quarter lift."""
    rng = random.Random(7)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["date", "region", "marketing_spend", "price", "sales"])
    for i in range(rows):
        year, day = 2023 + (i * 3) // 365, (i * 3) % 365
        month = min(12, 1 + day * 12 // 365)
        spend = round(rng.uniform(1000, 5000), 2)
        lift = 1.3 if month >= 10 else 1.0
        sales = round((spend * 2.1 + rng.gauss(0, 800)) * lift, 2)
        w.writerow([f"{year}-{month:02d}-{1 + (day % 28):02d}", rng.choice("NSEW"), spend,
                    round(rng.uniform(9, 12), 2), sales])
    return out.getvalue().encode()


@dataclass
class Server:
    base_url: str
    root: str
    api_key: str
    admin_email: str = ADMIN_EMAIL
    admin_password: str = ADMIN_PASSWORD

    def client(self, **kw: Any) -> AiserClient:
        """A client with the session's API key (unless other credentials are given) that records coverage."""
        if not {"api_key", "access_token", "email", "refresh_token"} & kw.keys():
            kw["api_key"] = self.api_key
        c = AiserClient(base_url=self.base_url, **kw)
        c.on_request = lambda op: CALLED.add(op.operation_id)
        return c

    def async_client(self, **kw: Any) -> AsyncAiserClient:
        if not {"api_key", "access_token", "email", "refresh_token"} & kw.keys():
            kw["api_key"] = self.api_key
        c = AsyncAiserClient(base_url=self.base_url, **kw)
        c.on_request = lambda op: CALLED.add(op.operation_id)
        return c


@contextlib.contextmanager
def running_server(directory: Path, **settings: str) -> Iterator[str]:
    """`aiser serve` on a free port with its data in `directory`; yields the root URL."""
    binary = aiser_binary()
    port = free_port()
    env = {
        **os.environ,
        "AISER_ADMIN_EMAIL": ADMIN_EMAIL,
        "AISER_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "AISER_BCRYPT_COST": "4",
        # The suite makes more calls per minute than the reference's limits allow one client.
        **{f"AISER_RATE_LIMIT_{c}": "100000" for c in ("AUTH", "ANALYTICS", "AI", "DATA", "USERS", "GENERAL")},
        **settings,
    }
    env.pop("AISER_PUBLIC_URL", None)
    log = open(directory / "server.log", "wb")
    proc = subprocess.Popen(
        [str(binary), "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(directory / "data"),
         "--log-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    root = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError("aiser serve exited:\n" + (directory / "server.log").read_text())
            try:
                if httpx.get(root + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("aiser serve did not answer within 60 s")
            time.sleep(0.1)
        yield root
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def admin_api_key(root: str) -> tuple[str, dict[str, str]]:
    """A new API key of the administrator, made with plain HTTP (not the SDK under test)."""
    token = httpx.post(root + "/api/v1/auth/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}
                       ).json()["data"]["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    key = httpx.post(root + "/api/v1/api-keys", json={"name": "sdk tests"}, headers=auth).json()["data"]["api_key"]
    return key, auth


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("aiser-data")) as root:
        key, auth = admin_api_key(root)
        r = httpx.post(root + "/api/v1/data/upload", headers=auth, files={"file": ("sales_data.csv", sales_csv())},
                       data={"data_source_name": "sales_data"})
        assert r.status_code == 201, r.text
        yield Server(base_url=root + "/api/v1", root=root, api_key=key)


@pytest.fixture
def client(server: Server) -> Iterator[AiserClient]:
    with server.client() as c:
        yield c


