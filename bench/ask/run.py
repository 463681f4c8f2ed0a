#!/usr/bin/env python3
"""Speed of `aiser ask` on a 1,000,000-row sales table, against DuckDB running the same
aggregate SQL on the same data in the same run.

    pip install duckdb
    AISER_ONLY=Engine swift build -c release --product aiser --build-path .build-release
    python3 bench/ask/run.py [--aiser .build-release/release/aiser] [--rows 1000000]

Reports parse time (p50/p95) and whole-answer time (p50/p95: parse, SQL on SQLite, chart
data, insights) measured inside one `aiser ask --questions` process, DuckDB's query time
(p50/p95), and the ratio of the answer p50 to DuckDB's p50.
"""
import argparse, json, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
MEASURES = [("total revenue", "sum(revenue)"), ("average price", "avg(price)"),
            ("total quantity", "sum(quantity)"), ("number of orders", "count(*)"),
            ("total marketing spend", "sum(marketing_spend)")]
GROUPS = [("by month", "strftime(date, '%Y-%m')"), ("by year", "strftime(date, '%Y')"),
          ("by quarter", "strftime(date, '%Y') || '-Q' || cast(quarter(date) as varchar)"),
          ("by region", "region"), ("by category", "category")]
FILTERS = [("", None), (" in 2022", "year(date) = 2022"), (" for Electronics", "category = 'Electronics'"),
           (" in the North", "region = 'North'")]


def questions(table):
    out = []
    for m, agg in MEASURES:
        for g, key in GROUPS:
            for f, cond in FILTERS:
                where = f" WHERE {cond}" if cond else ""
                out.append((f"{m} {g}{f}", f"SELECT {key} AS k, {agg} FROM {table}{where} GROUP BY 1 ORDER BY 1"))
    return out


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aiser", default=os.path.join(HERE, "../../.build-release/release/aiser"))
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--dir", default="/tmp/aiser-bench")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    csv = os.path.join(a.dir, f"sales_{a.rows // 1000}k.csv" if a.rows != 1_000_000 else "sales_1m.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(HERE, "../gen_sales.py"), "--rows", str(a.rows), "--out", csv], check=True)
    table = os.path.splitext(os.path.basename(csv))[0]
    qs = questions(table)
    qfile = os.path.join(a.dir, "ask_questions.txt")
    with open(qfile, "w") as f:
        f.write("\n".join(q for q, _ in qs) + "\n")

    t0 = time.perf_counter()
    p = subprocess.run([a.aiser, "ask", "--questions", qfile, "--data", csv, "--timings"], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(p.stderr)
    timings = [json.loads(l) for l in p.stderr.splitlines() if l.startswith("{")]
    answers = [json.loads(l) for l in p.stdout.splitlines()]
    errors = [x for x in answers if "error" in x]
    parse = [t["parse_ms"] for t in timings]
    answer = [t["answer_ms"] for t in timings]

    import duckdb
    con = duckdb.connect()
    types = {"date": "DATE", "product": "VARCHAR", "category": "VARCHAR", "region": "VARCHAR",
             "customer_type": "VARCHAR", "quantity": "BIGINT", "price": "DOUBLE", "revenue": "DOUBLE",
             "marketing_spend": "DOUBLE"}
    con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{csv}', header=true, columns={types})")
    duck = []
    for _, sql in qs:
        con.execute(sql).fetchall()  # warm
        s = time.perf_counter()
        con.execute(sql).fetchall()
        duck.append((time.perf_counter() - s) * 1000)

    print(f"rows: {a.rows:,}; questions: {len(qs)}; answered: {len(qs) - len(errors)}; refused: {len(errors)}")
    print(f"aiser process wall time (load CSV + lexicon + {len(qs)} answers): {wall:.1f} s")
    print(f"parse    p50 {pct(parse, 50):8.3f} ms   p95 {pct(parse, 95):8.3f} ms")
    print(f"answer   p50 {pct(answer, 50):8.1f} ms   p95 {pct(answer, 95):8.1f} ms")
    print(f"duckdb   p50 {pct(duck, 50):8.1f} ms   p95 {pct(duck, 95):8.1f} ms")
    print(f"ratio answer p50 / duckdb p50: {pct(answer, 50) / pct(duck, 50):.1f}x (target <= 3x); "
          f"parse p95 target < 5 ms: {'met' if pct(parse, 95) < 5 else 'missed'}")


if __name__ == "__main__":
    main()
