#!/usr/bin/env python3
"""Served analytics on a large upload: `aiser serve` against DuckDB, in the same run.

    pip install duckdb
    swift build -c release --product aiser
    python3 bench/serve-analytics/run.py [--aiser .build/release/aiser] [--rows 1000000] [--reps 3]
    AISER_BIN=.build/debug/aiser python3 bench/serve-analytics/run.py …   # the binary from the environment

Steps, each timed:
1. the CLI's ingest of the CSV (`aiser query --data FILE 'SELECT count(*) …'`), the reference
   for the upload;
2. `aiser serve` on a fresh data directory: upload of the same CSV through
   `POST /api/v1/data/upload` (curl, multipart);
3. the first chart right after the upload, then 10 chart questions through
   `POST /api/v1/analytics/chart`, `--reps` times each (latency of the whole HTTP request);
   then the server is restarted on the same data directory and one chart is timed again
   (the source's stored artefacts are reused, not rebuilt);
4. DuckDB loading the same CSV and running the same aggregates (warm, in-process).

Prints the figures and the ratios the served-speed issue sets targets for: chart p50 ≤ 100 ms
and ≤ 5× DuckDB's query time, first chart ≤ 1 s, upload ≤ 1.5× the CLI's ingest.
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from benchkit import free_port  # noqa: E402
# (question, the same aggregate for DuckDB over table t)
QUESTIONS = [
    ("total revenue by month", "SELECT strftime(date, '%Y-%m') k, sum(revenue) FROM t GROUP BY 1 ORDER BY 1"),
    ("total revenue by region", "SELECT region k, sum(revenue) FROM t GROUP BY 1 ORDER BY 1"),
    ("average price by category", "SELECT category k, avg(price) FROM t GROUP BY 1 ORDER BY 1"),
    ("number of orders by year", "SELECT year(date) k, count(*) FROM t GROUP BY 1 ORDER BY 1"),
    ("total quantity by product", "SELECT product k, sum(quantity) FROM t GROUP BY 1 ORDER BY 1"),
    ("total revenue by category in 2022",
     "SELECT category k, sum(revenue) FROM t WHERE year(date) = 2022 GROUP BY 1 ORDER BY 1"),
    ("total marketing spend by quarter",
     "SELECT year(date) || '-Q' || quarter(date) k, sum(marketing_spend) FROM t GROUP BY 1 ORDER BY 1"),
    ("total revenue by customer type", "SELECT customer_type k, sum(revenue) FROM t GROUP BY 1 ORDER BY 1"),
    ("total revenue for Electronics by month",
     "SELECT strftime(date, '%Y-%m') k, sum(revenue) FROM t WHERE category = 'Electronics' GROUP BY 1 ORDER BY 1"),
    ("total revenue", "SELECT sum(revenue) FROM t"),
]
TYPES = {"date": "DATE", "product": "VARCHAR", "category": "VARCHAR", "region": "VARCHAR",
         "customer_type": "VARCHAR", "quantity": "BIGINT", "price": "DOUBLE", "revenue": "DOUBLE",
         "marketing_spend": "DOUBLE"}


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def call(base, method, path, token=None, body=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=600) as r:
        return json.loads(r.read())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aiser", default=os.environ.get("AISER_BIN", os.path.join(HERE, "../../.build/release/aiser")),
                    help="the aiser binary (default: $AISER_BIN, else .build/release/aiser)")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--dir", default="/tmp/aiser-bench")
    ap.add_argument("--port", type=int, default=0, help="the server's port (default: a free one)")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    csv = os.path.join(a.dir, "sales_1m.csv" if a.rows == 1_000_000 else f"sales_{a.rows}.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(HERE, "../gen_sales.py"), "--rows", str(a.rows), "--out", csv],
                       check=True)
    table = os.path.splitext(os.path.basename(csv))[0]

    s = time.perf_counter()
    subprocess.run([a.aiser, "query", "--data", csv, "--format", "csv", f"SELECT count(*) FROM {table}"],
                   check=True, capture_output=True)
    cli_ingest = time.perf_counter() - s

    data = tempfile.mkdtemp(prefix="aiser-serve-analytics.")
    port = a.port or free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, AISER_ADMIN_EMAIL="bench@example.com", AISER_ADMIN_PASSWORD="bench admin password",
               AISER_BCRYPT_COST="4")
    for c in ("AUTH", "ANALYTICS", "AI", "DATA", "USERS", "GENERAL"):
        env[f"AISER_RATE_LIMIT_{c}"] = "10000000"

    def start():
        server = subprocess.Popen([a.aiser, "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir",
                                   os.path.join(data, "data"), "--log-level", "error"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(400):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        token = call(base, "POST", "/api/v1/auth/login",
                     body={"email": "bench@example.com", "password": "bench admin password"})["data"]["access_token"]
        return server, token

    server, token = start()
    try:
        s = time.perf_counter()
        up = subprocess.run(["curl", "-sf", "-X", "POST", base + "/api/v1/data/upload", "-H",
                             "Authorization: Bearer " + token, "-F", f"file=@{csv}", "-F", "name=sales"],
                            check=True, capture_output=True, text=True)
        upload = time.perf_counter() - s
        source = json.loads(up.stdout)["data"]["data_source_id"]

        def chart(q):
            s = time.perf_counter()
            call(base, "POST", "/api/v1/analytics/chart", token, {"query": q, "data_source": source})
            return (time.perf_counter() - s) * 1000

        first = chart(QUESTIONS[0][0])
        # The profile is computed in the background after the artefacts: the schema waits for it.
        s = time.perf_counter()
        call(base, "GET", f"/api/v1/data/sources/{source}/schema", token)
        profile_wait = time.perf_counter() - s
        served = {q: [chart(q) for _ in range(a.reps)] for q, _ in QUESTIONS}
        # Receiving alone: the same bytes under a name Aiser does not read are refused after
        # the whole multipart body was parsed and written to disk.
        s = time.perf_counter()
        subprocess.run(["curl", "-s", "-o", "/dev/null", "-X", "POST", base + "/api/v1/data/upload", "-H",
                        "Authorization: Bearer " + token, "-F", f"file=@{csv};filename=sales.bin"], check=True)
        receive = time.perf_counter() - s
        # A restart on the same data directory: the stored artefacts are reused, not rebuilt.
        server.terminate()
        server.wait()
        server, token = start()
        after_restart = chart(QUESTIONS[1][0])
    finally:
        server.terminate()
        server.wait()
        subprocess.run(["rm", "-rf", data])

    import duckdb
    con = duckdb.connect()
    s = time.perf_counter()
    con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{csv}', header=true, columns={TYPES})")
    duck_load = time.perf_counter() - s
    duck = {}
    for q, sql in QUESTIONS:
        con.execute(sql).fetchall()
        runs = []
        for _ in range(a.reps):
            s = time.perf_counter()
            con.execute(sql).fetchall()
            runs.append((time.perf_counter() - s) * 1000)
        duck[q] = runs

    all_served = [x for v in served.values() for x in v]
    all_duck = [x for v in duck.values() for x in v]
    print(f"rows: {a.rows:,}; binary: {a.aiser}; load average {os.getloadavg()[0]:.1f}")
    print(f"{'question':45} {'served p50 ms':>14} {'duckdb p50 ms':>14}")
    for q, _ in QUESTIONS:
        print(f"{q:45} {statistics.median(served[q]):14.1f} {statistics.median(duck[q]):14.2f}")
    p50, d50 = pct(all_served, 50), pct(all_duck, 50)
    print(f"chart p50 {p50:.1f} ms (target ≤ 100 ms), p95 {pct(all_served, 95):.1f} ms; "
          f"DuckDB query p50 {d50:.2f} ms; ratio {p50 / d50:.1f}× (target ≤ 5×)")
    print(f"first chart after upload {first:.0f} ms (target ≤ 1000 ms); first chart after a restart "
          f"{after_restart:.0f} ms")
    print(f"upload {upload:.2f} s; CLI ingest {cli_ingest:.2f} s; ratio {upload / cli_ingest:.2f}× (target ≤ 1.5×); "
          f"DuckDB load {duck_load:.2f} s")
    print(f"upload breakdown: receiving the multipart body to disk {receive:.2f} s, ingest (the rest) "
          f"{upload - receive:.2f} s; the profile was ready {profile_wait:.2f} s after the first chart")


if __name__ == "__main__":
    main()
