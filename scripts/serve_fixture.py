"""Starts `aiser serve` on a temporary data directory with an administrator, a sales source and
a chart, for the browser checks and the export bench. The binary is AISER_BIN, else
.build/debug/aiser."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EMAIL, PASSWORD = "admin@example.com", "browser check password"
SALES = "date,region,revenue\n2024-01-05,North,100\n2024-02-03,South,70\n2024-03-10,North,120\n2024-03-12,East,90\n"


class Server:
    def __init__(self, port: int, **env: str) -> None:
        binary = os.environ.get("AISER_BIN") or str(ROOT / ".build/debug/aiser")
        self.data = tempfile.mkdtemp(prefix="aiser-fixture-")
        self.base = f"http://127.0.0.1:{port}"
        environment = dict(os.environ, AISER_ADMIN_EMAIL=EMAIL, AISER_ADMIN_PASSWORD=PASSWORD, AISER_BCRYPT_COST="4",
                           **{f"AISER_RATE_LIMIT_{c}": "1000000" for c in
                              ("AUTH", "ANALYTICS", "AI", "DATA", "USERS", "GENERAL")}, **env)
        self.proc = subprocess.Popen(
            [binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", self.data + "/data",
             "--log-level", "warning"], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=1)
                break
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError("the server exited")
                time.sleep(0.1)
        self.token = self.api("POST", "/auth/login", {"email": EMAIL, "password": PASSWORD})["access_token"]

    def api(self, method: str, path: str, payload=None, *, raw: bytes | None = None, content_type: str | None = None):
        data = raw if raw is not None else (json.dumps(payload).encode() if payload is not None else None)
        request = urllib.request.Request(self.base + "/api/v1" + path, data=data, method=method)
        if getattr(self, "token", None):
            request.add_header("Authorization", "Bearer " + self.token)
        if data is not None:
            request.add_header("Content-Type", content_type or "application/json")
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.loads(answer.read())["data"]

    def upload(self, csv: str = SALES, name: str = "sales") -> str:
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}.csv\"\r\n"
                f"Content-Type: text/csv\r\n\r\n{csv}\r\n--{boundary}--\r\n").encode()
        return self.api("POST", "/data/upload", raw=body,
                        content_type=f"multipart/form-data; boundary={boundary}")["data_source_id"]

    def chart(self, source: str, query: str = "total revenue by region", **extra) -> str:
        return self.api("POST", "/analytics/chart", {"query": query, "data_source": source, **extra})["chart_id"]

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.data, ignore_errors=True)
