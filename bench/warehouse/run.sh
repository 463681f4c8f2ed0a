#!/usr/bin/env bash
# The chart query of a 10,000,000-row table — revenue by month × region — pushed down to
# ClickHouse and to PostgreSQL, against the same query on SQLite (Aiser's embedded engine).
#   bench/warehouse/run.sh [ROWS] [RUNS]      (default 10000000 rows, 3 runs each)
# Each engine runs the SQL its dialect compiles for
#   Query(dimensions: [month(day), region], measures: [sum(revenue)], order: [day, region])
# (ChartQuery.groupedQuery of a line chart x=day grain=month, series=region, y=revenue), the way
# the connectors send it: ClickHouse over HTTP with readonly=2, PostgreSQL on a fresh connection
# with default_transaction_read_only, SQLite through the sqlite3 CLI on the same libsqlite3.
# Measured: the engine's answer (the dominant cost; compiling the query and building the chart
# JSON from its 144 rows is microseconds). Needs scripts/services (started here if not running).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-10000000}"
runs="${2:-3}"
eval "$(scripts/services up)"
work="${AISER_BENCH_DIR:-/tmp/aiser-bench-warehouse}"
mkdir -p "$work"
pg_url="$AISER_TEST_POSTGRES_URL"
ch="$AISER_TEST_CLICKHOUSE_URL"
now() { date +%s.%N; }

echo "loading $rows rows into each engine" >&2
sqlite="$work/sales-$rows.sqlite"
if [ ! -f "$sqlite" ]; then
  t0=$(now)
  sqlite3 "$sqlite.tmp" "CREATE TABLE sales(day DATE, region TEXT, revenue REAL);
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $rows - 1)
    INSERT INTO sales SELECT date('2020-01-01', '+' || (i % 1096) || ' days'),
      CASE i % 4 WHEN 0 THEN 'North' WHEN 1 THEN 'South' WHEN 2 THEN 'East' ELSE 'West' END,
      (i % 1000) / 10.0 FROM n;"
  mv "$sqlite.tmp" "$sqlite"
  echo "  sqlite: $(echo "$(now) - $t0" | bc) s" >&2
fi
if [ "$(psql "$pg_url" -tAc "SELECT count(*) FROM pg_tables WHERE tablename = 'bench_sales_$rows'")" = 0 ]; then
  t0=$(now)
  psql "$pg_url" -q -c "CREATE TABLE bench_sales_$rows(day date, region text, revenue double precision);
    INSERT INTO bench_sales_$rows SELECT DATE '2020-01-01' + (i % 1096),
      (ARRAY['North','South','East','West'])[i % 4 + 1], (i % 1000) / 10.0 FROM generate_series(0, $rows - 1) AS i;
    ANALYZE bench_sales_$rows;"
  echo "  postgres: $(echo "$(now) - $t0" | bc) s" >&2
fi
if [ "$(curl -fsS "$ch/" --data-binary "EXISTS TABLE bench_sales_$rows")" != 1 ]; then
  t0=$(now)
  curl -fsS "$ch/" --data-binary "CREATE TABLE bench_sales_$rows (day Date, region String, revenue Float64)
    ENGINE = MergeTree ORDER BY day"
  curl -fsS "$ch/" --data-binary "INSERT INTO bench_sales_$rows SELECT toDate('2020-01-01') + (number % 1096),
    ['North','South','East','West'][number % 4 + 1], (number % 1000) / 10 FROM numbers($rows)"
  echo "  clickhouse: $(echo "$(now) - $t0" | bc) s" >&2
fi

sqlite_sql='SELECT strftime('"'"'%Y-%m'"'"', "day") AS "day", "region" AS "region", sum("revenue") AS "revenue" FROM "sales" GROUP BY strftime('"'"'%Y-%m'"'"', "day"), "region" ORDER BY "day" ASC, "region" ASC'
pg_sql="SELECT to_char(CAST(\"day\" AS timestamp), 'YYYY-MM') AS \"day\", \"region\" AS \"region\", sum(\"revenue\") AS \"revenue\" FROM \"bench_sales_$rows\" GROUP BY to_char(CAST(\"day\" AS timestamp), 'YYYY-MM'), \"region\" ORDER BY \"day\" ASC NULLS FIRST, \"region\" ASC NULLS FIRST"
ch_sql="SELECT \`a0\` AS \`day\`, \`a1\` AS \`region\`, \`a2\` AS \`revenue\` FROM (SELECT substring(toString(toStartOfMonth(toDate(\`day\`))), 1, 7) AS \`a0\`, \`region\` AS \`a1\`, if(count(\`revenue\`) = 0, NULL, sum(\`revenue\`)) AS \`a2\` FROM \`bench_sales_$rows\` GROUP BY substring(toString(toStartOfMonth(toDate(\`day\`))), 1, 7), \`region\`) ORDER BY \`day\` ASC NULLS FIRST, \`region\` ASC NULLS FIRST FORMAT JSONCompact"

# Prints the median of RUNS wall-clock times of "$@" (its output kept in $work/last.out).
median() {
  local times=()
  for _ in $(seq 1 "$runs"); do
    local t0; t0=$(now)
    "$@" >"$work/last.out"
    times+=("$(echo "$(now) - $t0" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

s=$(median sqlite3 -readonly "$sqlite" "$sqlite_sql")
cp "$work/last.out" "$work/sqlite.out"
p=$(median env PGOPTIONS="-c default_transaction_read_only=on -c statement_timeout=300000" psql "$pg_url" -tA -F'|' -c "$pg_sql")
cp "$work/last.out" "$work/postgres.out"
c=$(median curl -fsS "$ch/?readonly=2&max_execution_time=300&max_result_rows=10001&result_overflow_mode=break" --data-binary "$ch_sql")
cp "$work/last.out" "$work/clickhouse.out"
# The three answers must agree (sums of doubles within a relative 1e-9).
python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
def rows(path, sep="|"):
    return [l.split(sep) for l in open(path).read().splitlines() if l]
s, p = rows(f"{w}/sqlite.out"), rows(f"{w}/postgres.out")
c = [[str(x) for x in r] for r in json.load(open(f"{w}/clickhouse.out"))["data"]]
for name, other in (("postgres", p), ("clickhouse", c)):
    assert len(other) == len(s), f"{name}: {len(other)} rows, sqlite {len(s)}"
    for a, b in zip(s, other):
        assert a[:2] == b[:2] and abs(float(a[2]) - float(b[2])) <= 1e-9 * max(1, abs(float(a[2]))), (name, a, b)
print(f"answers agree: {len(s)} rows on each engine")
PY
echo "median of $runs, seconds: sqlite $s, postgres $p, clickhouse $c"
echo "ratio sqlite/clickhouse: $(echo "scale=1; $s / $c" | bc)×, sqlite/postgres: $(echo "scale=2; $s / $p" | bc)×, postgres/clickhouse: $(echo "scale=1; $p / $c" | bc)×"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
