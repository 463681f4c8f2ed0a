"""A scripted HTTP server on 127.0.0.1 for unit tests of retries and token refresh: each request
gets the next scripted answer and is recorded."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable


@dataclass
class Answer:
    status: int = 200
    data: Any = None
    error: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    #: Close the connection without answering.
    drop: bool = False
    delay: float = 0.0

    def body(self) -> bytes:
        if self.error is not None:
            return json.dumps({"success": False, "error": self.error}).encode()
        return json.dumps({"success": True, "data": self.data, "message": "ok", "timestamp": "2026-01-01T00:00:00Z"}
                          ).encode()


def error(status: int, code: str, **extra: Any) -> Answer:
    headers = {"X-Request-ID": "req_stub"}
    if "retry_after" in extra:
        headers["Retry-After"] = str(extra["retry_after"])
    return Answer(status, error={"code": code, "message": code.lower(), "timestamp": "2026-01-01T00:00:00Z",
                                 **extra}, headers=headers)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


class Stub:
    """`script` maps "METHOD /path" to a list of answers used in turn (the last one repeats)."""

    def __init__(self) -> None:
        self.script: dict[str, list[Answer] | Callable[[Seen], Answer]] = {}
        self.seen: list[Seen] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    raw = b""
                    while True:
                        size = int(self.rfile.readline().strip(), 16)
                        if size == 0:
                            self.rfile.readline()
                            break
                        raw += self.rfile.read(size)
                        self.rfile.readline()
                else:
                    raw = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path.split("?")[0], dict(self.headers), raw, time.monotonic())
                stub.seen.append(seen)
                entry = stub.script.get(f"{self.command} {seen.path}")
                if entry is None:
                    answer = error(404, "RESOURCE_NOT_FOUND")
                elif callable(entry):
                    answer = entry(seen)
                else:
                    answer = entry.pop(0) if len(entry) > 1 else entry[0]
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                payload = answer.body()
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for k, v in answer.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = handle_one

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/api/v1"

    def paths(self) -> list[str]:
        return [f"{s.method} {s.path}" for s in self.seen]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
