#!/usr/bin/env python3
"""Load check of `aiser serve` (issue 17): starvation, slowloris, reads and writes under wrk and the
login flood, reported as ratios.

1. Starvation: latency of GET /healthz and of an authenticated GET /api/v1/data/sources, alone
   and while HEAVY clients loop key-driver analyses over a ROWS-row source (two organizations).
   Reports p50/p99 and the loaded/idle ratio, the heavy answers by status, and 5xx other than
   the scheduler's 503.
2. Slowloris: SOCKETS connections from 8 local addresses send a partial request head and stall;
   the light request's p99 during the attack over idle, and how many of the stalled sockets the
   server closed within the header deadline (AISER_HEADER_TIMEOUT=3 here) plus 5 s.
3. Reads and writes (bench/load/throughput.py): wrk on the main reads (listings, a chart, search)
   and writes (questions, chart and user updates, new dashboards), WRK_SECONDS each, with the
   answers counted by status; then the login flood at bcrypt cost 12, with the rate limits lifted
   and with the default authentication limit, light requests measured beside it.

Pass/fail is on correctness only (no timed assertion): no 5xx but 503, every light request
answered 200, every stalled socket closed, the limited login flood answered 429. The ratios are
printed for bench/README.md.

    bench/load/run.py            # full: 200,000 rows, 6 heavy clients, 1,000 sockets
    LOAD_QUICK=1 bench/load/run.py   # the short run scripts/test makes

AISER_BIN picks the binary (default: release build if present, else `swift build --show-bin-path`).
"""
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import throughput

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchkit import binary, free_port  # noqa: E402

QUICK = os.environ.get("LOAD_QUICK") == "1"
ROWS = 20_000 if QUICK else 200_000
HEAVY = 4 if QUICK else 6
SOCKETS = 200 if QUICK else 1000
SAMPLES = 60 if QUICK else 300
WRK_SECONDS = 3 if QUICK else 10
HEADER_TIMEOUT = 3
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Server:
    def __init__(self, data, **settings):
        self.port = free_port()
        env = dict(os.environ, AISER_ADMIN_EMAIL="load@example.com", AISER_ADMIN_PASSWORD="load admin password",
                   AISER_BCRYPT_COST="4", AISER_HEADER_TIMEOUT=str(HEADER_TIMEOUT))
        for c in ["AUTH", "ANALYTICS", "AI", "DATA", "USERS", "GENERAL"]:
            env[f"AISER_RATE_LIMIT_{c}"] = "10000000"
        env.update(settings)
        os.makedirs(data, exist_ok=True)
        self.log = open(os.path.join(data, "server.log"), "w")
        self.process = subprocess.Popen(
            [binary(), "serve", "--host", "127.0.0.1", "--port", str(self.port), "--data-dir",
             os.path.join(data, "data"), "--log-level", "error"], env=env, stdout=self.log, stderr=self.log)
        for _ in range(300):
            try:
                if self.call("GET", "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("load: the server did not come up")

    def call(self, method, path, token=None, body=None, headers=None, raw=None):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        h = dict(headers or {})
        if token:
            h["Authorization"] = f"Bearer {token}"
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        c.request(method, path, body=data, headers=h)
        r = c.getresponse()
        payload = r.read()
        c.close()
        return r.status, payload

    def json(self, method, path, token=None, body=None, **kw):
        status, payload = self.call(method, path, token, body, **kw)
        return status, json.loads(payload or b"{}")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=60)
        self.log.close()


def organization(server, admin, name, csv):
    """An organization with an admin and the CSV uploaded: (admin token, source id, admin user id)."""
    _, org = server.json("POST", "/api/v1/organizations", admin, {"name": name})
    org_id = org["data"]["organization_id"]
    email = f"admin@{name.lower()}.test"
    server.json("POST", "/api/v1/users", admin,
                {"email": email, "password": f"password-{name}", "role": "admin", "organization": org_id})
    _, login = server.json("POST", "/api/v1/auth/login", body={"email": email, "password": f"password-{name}"})
    token, user_id = login["data"]["access_token"], login["data"]["user"]["id"]
    boundary = "loadboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sales.csv\"\r\n"
            f"Content-Type: text/csv\r\n\r\n").encode() + csv + f"\r\n--{boundary}--\r\n".encode()
    status, payload = server.call("POST", "/api/v1/data/upload", token, raw=body,
                                  headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    if status != 201:
        raise SystemExit(f"load: upload failed with {status}: {payload[:200]}")
    return token, json.loads(payload)["data"]["data_source_id"], user_id


def latencies(server, token, count):
    """Sequential light requests; answers (healthz ms, listing ms, statuses that were not 200)."""
    health, listing, bad = [], [], []
    for _ in range(count):
        for path, sink, auth in [("/healthz", health, None), ("/api/v1/data/sources", listing, token)]:
            start = time.perf_counter()
            status, _ = server.call("GET", path, auth)
            sink.append((time.perf_counter() - start) * 1000)
            if status != 200:
                bad.append(status)
    return health, listing, bad


def p(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def starvation(server, orgs):
    token = orgs[0][0]
    idle = latencies(server, token, SAMPLES)
    stop = threading.Event()
    statuses = []
    lock = threading.Lock()

    def heavy(i):
        t, source, _ = orgs[i % len(orgs)]
        while not stop.is_set():
            status, _ = server.call("POST", "/api/v1/ai/intelligent-analysis", t,
                                    {"query": "what drives revenue", "data_source": source,
                                     "analysis_type": "drivers", "target": "revenue"})
            with lock:
                statuses.append(status)

    threads = [threading.Thread(target=heavy, args=(i,)) for i in range(HEAVY)]
    for t in threads:
        t.start()
    time.sleep(1)
    loaded = latencies(server, token, SAMPLES)
    stop.set()
    for t in threads:
        t.join()
    print(f"starvation: {HEAVY} clients looping key-driver analyses over {ROWS:,} rows, two organizations")
    print(f"{'request':<24}{'idle p50':>10}{'idle p99':>10}{'loaded p50':>12}{'loaded p99':>12}{'p99 ratio':>11}")
    for name, a, b in [("GET /healthz", idle[0], loaded[0]), ("GET /api/v1/data/sources", idle[1], loaded[1])]:
        print(f"{name:<24}{p(a, .5):>9.1f}ms{p(a, .99):>9.1f}ms{p(b, .5):>11.1f}ms{p(b, .99):>11.1f}ms"
              f"{p(b, .99) / p(a, .99):>10.1f}x")
    counts = {s: statuses.count(s) for s in sorted(set(statuses))}
    print(f"heavy answers by status: {counts}")
    failures = [s for s in statuses if s >= 500 and s != 503] + idle[2] + loaded[2]
    return failures


def slowloris(server, token):
    idle = latencies(server, token, SAMPLES)
    held = []
    for i in range(SOCKETS):
        s = socket.socket()
        s.bind((f"127.0.0.{2 + i % 8}", 0))
        s.connect(("127.0.0.1", server.port))
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        held.append(s)
    start = time.monotonic()
    during = latencies(server, token, SAMPLES)
    deadline = start + HEADER_TIMEOUT + 5
    closed = 0
    for s in held:
        s.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            if s.recv(1) == b"":
                closed += 1
        except (socket.timeout, ConnectionResetError) as e:
            closed += isinstance(e, ConnectionResetError)
        s.close()
    print(f"slowloris: {SOCKETS} stalled partial heads from 8 addresses")
    print(f"GET /api/v1/data/sources p99: idle {p(idle[1], .99):.1f} ms, during {p(during[1], .99):.1f} ms "
          f"({p(during[1], .99) / p(idle[1], .99):.1f}x); /healthz p99 {p(idle[0], .99):.1f} → "
          f"{p(during[0], .99):.1f} ms")
    print(f"stalled sockets closed within the header deadline + 5 s: {closed}/{SOCKETS}")
    failures = idle[2] + during[2]
    if closed != SOCKETS:
        failures.append(f"{SOCKETS - closed} sockets left open")
    return failures


def main():
    rows = "".join(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d},{['North', 'South', 'East', 'West'][i % 4]},"
                   f"{['Alpha', 'Beta', 'Gamma'][i % 3]},{i % 50},{(i * 37) % 1000 + (i % 50) * 3}\n"
                   for i in range(ROWS))
    csv = ("date,region,product,units,revenue\n" + rows).encode()
    with tempfile.TemporaryDirectory(prefix="aiser-load.") as data:
        server = Server(os.path.join(data, "main"))
        try:
            _, login = server.json("POST", "/api/v1/auth/login",
                                   body={"email": "load@example.com", "password": "load admin password"})
            admin = login["data"]["access_token"]
            orgs = [organization(server, admin, n, csv) for n in ["Alpha", "Beta"]]
            failures = starvation(server, orgs) + slowloris(server, orgs[0][0])
            token, source, user_id = orgs[0]
            failures += throughput.reads_and_writes(server, token, user_id, source, WRK_SECONDS)
        finally:
            server.stop()
        flood_servers = iter(range(2))
        failures += throughput.login_flood(
            lambda settings: Server(os.path.join(data, f"flood-{next(flood_servers)}"), **settings),
            latencies, p, WRK_SECONDS, SAMPLES, QUICK)
    print(f"load: {'ok' if not failures else 'FAILED: ' + str(failures[:10])}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
