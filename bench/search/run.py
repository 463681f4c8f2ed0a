#!/usr/bin/env python3
"""Search, webhook and metrics-recording benchmarks of `aiser serve` (issue 14), as ratios.

1. Search latency over OBJECTS indexed objects (dashboards and charts of one organization, put
   into the metadata database with Python's sqlite3 while the server is stopped, so the
   database's own triggers index them exactly as API writes do). GET /api/v1/search for a mix
   of queries (whole words, two words, prefixes, typos), p50/p99 of the HTTP round trip, against
   two peers on the same file: the same FTS5 query (bm25, organization filter, count + page)
   through Python's sqlite3, and a LIKE scan over the same titles and descriptions.
2. Webhook deliveries per second to a local receiver (Python ThreadingHTTPServer answering 200):
   PINGS queued test pings delivered by the server's worker, against Python posting the same
   signed payloads to the same receiver sequentially over one keep-alive connection.
3. API throughput with request recording on and off (AISER_METRICS_RECORDING): CLIENTS threads
   on keep-alive connections loop an authenticated GET /api/v1/users/{id} for SECONDS seconds,
   alternating which runs first each round, ROUNDS rounds; the cost is 1 - median(on)/median(off),
   with each side's spread (min-max) shown.

Nothing here is asserted on time; the figures go to bench/README.md.

    bench/search/run.py                 # full: 100,000 objects, 2,000 pings, 6 rounds of 10 s
    SEARCH_QUICK=1 bench/search/run.py  # a short run

AISER_BIN picks the binary (default: release build if present, else `swift build --show-bin-path`).
Ports BENCH_PORT..BENCH_PORT+3 (default 18400).
"""
import hashlib
import bisect
import hmac
import http.client
import http.server
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchkit import binary  # noqa: E402

QUICK = os.environ.get("SEARCH_QUICK") == "1"
OBJECTS = 10_000 if QUICK else 100_000
QUERIES = 100 if QUICK else 400
PINGS = 300 if QUICK else 2_000
CLIENTS = 4
SECONDS = 3 if QUICK else 10
ROUNDS = int(os.environ.get("SEARCH_ROUNDS", "1" if QUICK else "6"))
PORT = int(os.environ.get("BENCH_PORT", "18400"))
RANKED = 1_000  # SQLiteSearchRepository.rankedCandidates
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADMIN = ("bench@example.com", "bench admin password")


class Server:
    def __init__(self, data, port, **env_extra):
        self.port = port
        env = dict(os.environ, AISER_ADMIN_EMAIL=ADMIN[0], AISER_ADMIN_PASSWORD=ADMIN[1], AISER_BCRYPT_COST="4",
                   AISER_WEBHOOK_ALLOW_PRIVATE="true", **env_extra)
        for c in ["AUTH", "ANALYTICS", "AI", "DATA", "USERS", "GENERAL"]:
            env[f"AISER_RATE_LIMIT_{c}"] = "10000000"
        self.log = open(os.path.join(data, f"server-{port}.log"), "a")
        self.process = subprocess.Popen(
            [binary(), "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", os.path.join(data, "data"),
             "--log-level", "error"], env=env, stdout=self.log, stderr=self.log)
        for _ in range(1200):
            if self.process.poll() is not None:
                raise SystemExit(f"search bench: the server exited: {open(self.log.name).read()[-500:]}")
            try:
                if self.call("GET", "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise SystemExit("search bench: the server did not come up")
        _, login = self.json("POST", "/api/v1/auth/login", body={"email": ADMIN[0], "password": ADMIN[1]})
        self.token = login["data"]["access_token"]
        self.user_id = login["data"]["user"]["id"]

    def call(self, method, path, token=None, body=None, conn=None):
        c = conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        h = {"Authorization": f"Bearer {token}"} if token else {}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        c.request(method, path, body=data, headers=h)
        r = c.getresponse()
        payload = r.read()
        if conn is None:
            c.close()
        return r.status, payload

    def json(self, method, path, token=None, body=None):
        status, payload = self.call(method, path, token, body)
        return status, json.loads(payload or b"{}")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=60)
        self.log.close()


def cpu_seconds(pid):
    """User + system CPU time of process `pid` so far (load-independent, unlike wall time)."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def p(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


# -- 1. search --------------------------------------------------------------------------------

WORDS = ("revenue sales region north south east west product customer churn margin growth forecast quarter "
         "monthly weekly daily pipeline marketing campaign budget expense profit inventory supplier order "
         "shipment return refund subscription retention cohort funnel conversion traffic session device "
         "country city store channel partner segment category brand price discount invoice payment ledger "
         "payroll headcount hiring attrition survey rating ticket support latency uptime incident").split()


def fill(db_path, organization_id, user_id, count):
    rng = random.Random(14)
    db = sqlite3.connect(db_path)
    now = int(time.time())
    rows_d, rows_c = [], []
    syllables = ["ka", "lo", "ver", "mi", "tan", "so", "rel", "du", "pin", "ga", "tor", "e", "bri", "nu", "cha"]
    for i in range(count):
        # A made-up word per object gives the index a large vocabulary (typo lookups scan it).
        coined = "".join(rng.choice(syllables) for _ in range(3))
        title = " ".join(rng.sample(WORDS, 3)) + f" {coined} {i}"
        text = " ".join(rng.sample(WORDS, 6))
        if i % 2:
            rows_d.append((f"dashboard_bench{i}", organization_id, user_id, title.title(), text, "[]", "{}", now, now))
        else:
            rows_c.append((f"chart_bench{i}", organization_id, user_id, "ds_bench", text, title, "bar", "{}", "{}",
                           "[]", "", now, now))
    with db:
        db.executemany("INSERT INTO dashboards(id, organization_id, user_id, name, description, layout, settings, "
                       "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", rows_d)
        db.executemany("INSERT INTO charts(id, organization_id, user_id, data_source_id, query, title, chart_type, "
                       "options, chart_data, insights, interpretation, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows_c)
    db.close()


def queries(rng):
    out = []
    for i in range(QUERIES):
        kind = i % 4
        if kind == 0:
            out.append(rng.choice(WORDS))
        elif kind == 1:
            out.append(" ".join(rng.sample(WORDS, 2)))
        elif kind == 2:
            out.append(rng.choice(WORDS)[:3])
        else:
            w = rng.choice([w for w in WORDS if len(w) >= 6])
            j = rng.randrange(1, len(w) - 1)
            out.append(w[:j] + w[j + 1] + w[j] + w[j + 2:])  # two neighbours swapped
    return out


def fts_expression(text, vocabulary):
    """The server's expression (without typo variants): every word a quoted prefix, except that a
    word of five or more letters starting exactly one indexed term is that term
    (`SearchTerms.completions`); `vocabulary` is the index's sorted terms (the server caches them)."""
    parts = []
    for w in ["".join(ch for ch in w if ch.isalnum()) for w in text.lower().split()]:
        if not w:
            continue
        if len(w) >= 5:
            i = bisect.bisect_left(vocabulary, w)
            terms = []
            while i < len(vocabulary) and vocabulary[i].startswith(w) and len(terms) <= 1:
                terms.append(vocabulary[i])
                i += 1
            if len(terms) == 1:
                parts.append(f'"{terms[0]}"')
                continue
        parts.append(f'"{w}"*')
    return " AND ".join(parts)


def search_bench(tmp):
    data = os.path.join(tmp, "search")
    os.makedirs(data)
    server = Server(data, PORT)
    org = server.json("GET", f"/api/v1/users/{server.user_id}", server.token)[1]["data"]["organization_id"]
    server.stop()
    db_path = os.path.join(data, "data", "aiser.sqlite")
    start = time.perf_counter()
    fill(db_path, org, server.user_id, OBJECTS)
    fill_seconds = time.perf_counter() - start
    server = Server(data, PORT)
    rng = random.Random(7)
    qs = queries(rng)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    for q in qs[:20]:  # warm the server's connection pool and statements
        server.call("GET", "/api/v1/search?q=" + q.replace(" ", "%20"), server.token, conn=conn)
    aiser, totals = [], []
    cpu_start = cpu_seconds(server.process.pid)
    for q in qs:
        t = time.perf_counter()
        status, payload = server.call("GET", "/api/v1/search?q=" + q.replace(" ", "%20") + "&limit=20", server.token,
                                      conn=conn)
        aiser.append((time.perf_counter() - t) * 1000)
        if status != 200:
            raise SystemExit(f"search bench: {status} for {q!r}: {payload[:200]}")
        totals.append(json.loads(payload)["data"]["total_results"])
    server_cpu = (cpu_seconds(server.process.pid) - cpu_start) * 1000 / len(qs)
    server.stop()
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    fts, like = [], []
    ordinal = db.execute("SELECT ordinal FROM search_organizations WHERE organization_id = ?", (org,)).fetchone()[0]
    low, high = ordinal << 40, ((ordinal + 1) << 40) - 1  # SearchIndexSchema.rowids(ofOrganization:)
    vocabulary = sorted(t for (t,) in db.execute("SELECT term FROM search_terms"))
    peer_cpu_start = time.process_time()
    matches = "search_index MATCH ?1 AND search_index.rowid BETWEEN ?2 AND ?3"
    for q in qs:  # the server's statements (SearchStatements.any): count, the cut of the ranked matches, one page
        t = time.perf_counter()
        expr = fts_expression(q, vocabulary)
        total = db.execute(f"SELECT count(*) FROM search_index WHERE {matches}", (expr, low, high)).fetchone()[0]
        cut = low
        if total > RANKED:
            cut = db.execute(f"SELECT rowid FROM search_index WHERE {matches} ORDER BY rowid DESC LIMIT 1 OFFSET ?4",
                             (expr, low, high, RANKED - 1)).fetchone()[0]
        if total:
            db.execute("SELECT o.type, o.object_id, o.title, o.subtitle, r.score, o.created_at FROM "
                       "(SELECT rowid AS id, bm25(search_index, 10.0, 3.0, 1.0) AS score FROM search_index "
                       f"WHERE {matches} ORDER BY score, rowid LIMIT 20) r "
                       "JOIN search_objects o ON o.id = r.id ORDER BY r.score, r.id", (expr, cut, high)).fetchall()
        fts.append((time.perf_counter() - t) * 1000)
    peer_cpu = (time.process_time() - peer_cpu_start) * 1000 / len(qs)
    for q in qs[: max(20, len(qs) // 10)]:
        t = time.perf_counter()
        words = q.split()
        cond = " AND ".join("(lower(title) LIKE ? OR lower(coalesce(subtitle, '')) LIKE ?)" for _ in words)
        args = [org] + [v for w in words for v in (f"%{w}%", f"%{w}%")]
        db.execute(f"SELECT count(*) FROM search_objects WHERE organization_id = ? AND {cond}", args).fetchone()
        db.execute(f"SELECT type, object_id, title FROM search_objects WHERE organization_id = ? AND {cond} "
                   f"ORDER BY created_at DESC LIMIT 20", args).fetchall()
        like.append((time.perf_counter() - t) * 1000)
    db.close()
    print(f"search: {OBJECTS:,} objects indexed by the triggers in {fill_seconds:.1f} s; {len(qs)} queries, "
          f"median {statistics.median(totals):.0f} matches")
    print(f"  aiser GET /search   p50 {p(aiser, .5):7.2f} ms  p99 {p(aiser, .99):7.2f} ms  (HTTP round trip)")
    print(f"  sqlite3 same FTS5   p50 {p(fts, .5):7.2f} ms  p99 {p(fts, .99):7.2f} ms  "
          f"ratio p50 {p(aiser, .5) / p(fts, .5):.2f}x")
    print(f"  CPU per query: aiser server {server_cpu:.2f} ms (whole process, HTTP included), "
          f"sqlite3 peer {peer_cpu:.2f} ms; ratio {server_cpu / peer_cpu:.2f}x")
    print(f"  sqlite3 LIKE scan   p50 {p(like, .5):7.2f} ms  p99 {p(like, .99):7.2f} ms  "
          f"aiser is {p(like, .5) / p(aiser, .5):.1f}x faster at p50")


# -- 2. webhooks ------------------------------------------------------------------------------


class Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port):
        self.count = 0
        self.lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with outer.lock:
                    outer.count += 1
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", port), Handler)


def webhook_bench(tmp):
    data = os.path.join(tmp, "hooks")
    os.makedirs(data)
    receiver = Receiver(PORT + 2)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    server = Server(data, PORT + 1)
    status, hook = server.json("POST", "/api/v1/webhooks", server.token,
                               {"name": "bench", "url": f"http://127.0.0.1:{PORT + 2}/hook", "events": ["*"]})
    if status != 201:
        raise SystemExit(f"webhook bench: {status} {hook}")
    hook_id, secret = hook["data"]["webhook_id"], hook["data"]["secret"]
    time.sleep(2)
    receiver.count = 0
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    start = time.perf_counter()
    for _ in range(PINGS):
        server.call("POST", f"/api/v1/webhooks/{hook_id}/test", server.token, conn=conn)
    queued = time.perf_counter() - start
    while receiver.count < PINGS and time.perf_counter() - start < 600:
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    got = receiver.count
    server.stop()
    body = json.dumps({"id": "evt_x", "event": "ping", "timestamp": "2026-12-07T00:00:00Z",
                       "data": {"webhook_id": hook_id}}).encode()
    receiver.count = 0
    c = http.client.HTTPConnection("127.0.0.1", PORT + 2, timeout=60)
    start = time.perf_counter()
    for i in range(PINGS):
        ts = str(int(time.time()))
        sig = hmac.new(secret.encode(), ts.encode() + b"." + body, hashlib.sha256).hexdigest()
        c.request("POST", "/hook", body=body, headers={"Content-Type": "application/json", "X-Aiser-Timestamp": ts,
                                                         "X-Aiser-Signature": f"v1={sig}"})
        c.getresponse().read()
    peer = time.perf_counter() - start
    receiver.shutdown()
    print(f"webhooks: {got}/{PINGS} delivered in {elapsed:.2f} s (queued in {queued:.2f} s): "
          f"{got / elapsed:.0f} deliveries/s; Python posting sequentially {PINGS / peer:.0f}/s; "
          f"ratio {got / elapsed / (PINGS / peer):.2f}")


# -- 3. metrics recording on vs off -----------------------------------------------------------


def throughput(server):
    stop = time.perf_counter() + SECONDS
    counts = [0] * CLIENTS

    def loop(i):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        while time.perf_counter() < stop:
            status, _ = server.call("GET", f"/api/v1/users/{server.user_id}", server.token, conn=conn)
            if status == 200:
                counts[i] += 1

    threads = [threading.Thread(target=loop, args=(i,)) for i in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts) / SECONDS


def recording_bench(tmp):
    results = {"true": [], "false": []}
    for r in range(ROUNDS):
        for recording in (["true", "false"] if r % 2 == 0 else ["false", "true"]):
            data = os.path.join(tmp, f"rec-{recording}")
            os.makedirs(data, exist_ok=True)
            server = Server(data, PORT + 3, AISER_METRICS_RECORDING=recording)
            results[recording].append(throughput(server))
            server.stop()
    on, off = statistics.median(results["true"]), statistics.median(results["false"])
    print(f"recording: on {on:.0f} req/s (runs {min(results['true']):.0f}-{max(results['true']):.0f}), "
          f"off {off:.0f} req/s (runs {min(results['false']):.0f}-{max(results['false']):.0f}), medians of {ROUNDS} "
          f"interleaved rounds; cost {100 * (1 - on / off):.1f} %")
    paired = [1 - a / b for a, b in zip(results["true"], results["false"])]
    print(f"  per-round cost: median {100 * statistics.median(paired):.1f} %, "
          f"range {100 * min(paired):.1f} to {100 * max(paired):.1f} %")


if __name__ == "__main__":
    print(f"binary: {binary()}")
    print("load:", open("/proc/loadavg").read().split()[:3])
    with tempfile.TemporaryDirectory(prefix="aiser-search-bench-") as tmp:
        parts = sys.argv[1:] or ["search", "webhooks", "recording"]
        if "search" in parts:
            search_bench(tmp)
        if "webhooks" in parts:
            webhook_bench(tmp)
        if "recording" in parts:
            recording_bench(tmp)
    print("load:", open("/proc/loadavg").read().split()[:3])
