#!/usr/bin/env bash
# Ingest benchmark: load a 1,000,000-row sales CSV with `aiser query` and with the sqlite3 CLI
# (`.import` into a pre-created table with the same column types), in the same run.
# Prints rows/s for both, the ratio (aiser ÷ sqlite3; > 1 means aiser is faster) and aiser's
# peak RSS, and writes them to bench/ingest/RESULTS.md.
#
#   bench/ingest/run.sh            # ROWS=1000000 RUNS=3 by default
#   ROWS=200000 RUNS=5 bench/ingest/run.sh
#
# Needs python3 (data generator), sqlite3 (the peer) and GNU time (/usr/bin/time -v).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
WORK=${WORK:-$(mktemp -d /tmp/aiser-ingest-bench.XXXXXX)}
CSV="$WORK/sales_1m.csv"
RESULTS="$ROOT/bench/ingest/RESULTS.md"

for tool in python3 sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is needed" >&2; exit 1; }
done

if [ ! -f "$CSV" ]; then
    echo "generating $ROWS rows into $CSV"
    python3 "$ROOT/bench/gen_sales.py" --rows "$ROWS" --out "$CSV"
fi

echo "building aiser (release)"
(cd "$ROOT" && AISER_ONLY=Engine swift build -c release --scratch-path .build-release --product aiser >/dev/null)
AISER="$ROOT/.build-release/release/aiser"

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
lt() { awk "BEGIN { exit !($1 < $2) }"; }

# The same column types aiser infers for this file.
cat > "$WORK/import.sql" <<SQL
CREATE TABLE sales_1m(date DATE, product TEXT, category TEXT, region TEXT, customer_type TEXT,
                      quantity INTEGER, price REAL, revenue REAL, marketing_spend REAL);
.mode csv
.import --skip 1 $CSV sales_1m
SELECT count(*) FROM sales_1m;
SQL

best_aiser=""; best_sqlite=""; peak_kb=0; cpu_aiser=""; cpu_sqlite=""
load=$(cut -d" " -f1-3 /proc/loadavg)
for run in $(seq 1 "$RUNS"); do
    t0=$(now)
    count=$(/usr/bin/time -v -o "$WORK/time.txt" "$AISER" query --data "$CSV" --format csv \
        "SELECT count(*) FROM sales_1m" | tail -n 1)
    t1=$(now)
    [ "$count" = "$ROWS" ] || { echo "aiser counted '$count' rows, expected $ROWS" >&2; exit 1; }
    a=$(calc "$t1 - $t0")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
    ca=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$WORK/time.txt")
    [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb

    rm -f "$WORK/peer.db"
    t0=$(now)
    count=$(/usr/bin/time -f '%U %S' -o "$WORK/time.txt" sqlite3 "$WORK/peer.db" < "$WORK/import.sql")
    t1=$(now)
    [ "$count" = "$ROWS" ] || { echo "sqlite3 counted '$count' rows, expected $ROWS" >&2; exit 1; }
    s=$(calc "$t1 - $t0")
    cs=$(awk '{printf "%.2f", $1 + $2}' "$WORK/time.txt")
    printf 'run %d: aiser %.2f s (CPU %s s), sqlite3 %.2f s (CPU %s s)\n' "$run" "$a" "$ca" "$s" "$cs"
    cpu_aiser="$cpu_aiser${cpu_aiser:+, }$ca"; cpu_sqlite="$cpu_sqlite${cpu_sqlite:+, }$cs"
    if [ -z "$best_aiser" ] || lt "$a" "$best_aiser"; then best_aiser=$a; fi
    if [ -z "$best_sqlite" ] || lt "$s" "$best_sqlite"; then best_sqlite=$s; fi
done
rm -f "$WORK/peer.db"

aiser_rps=$(calc "$ROWS / $best_aiser")
sqlite_rps=$(calc "$ROWS / $best_sqlite")
ratio=$(calc "$aiser_rps / $sqlite_rps")
peak_mb=$(calc "$peak_kb / 1024")

summary=$(printf '| aiser query (load + count) | %.2f s | %.0f rows/s | %s |\n| sqlite3 .import (typed table) | %.2f s | %.0f rows/s | %s |' \
    "$best_aiser" "$aiser_rps" "$cpu_aiser" "$best_sqlite" "$sqlite_rps" "$cpu_sqlite")
printf '\n%s\nratio aiser/sqlite3: %.2f   aiser peak RSS: %.1f MB\n' "$summary" "$ratio" "$peak_mb"

cat > "$RESULTS" <<MD
# Ingest benchmark results

\`bench/ingest/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m), sqlite3 $(sqlite3 --version | cut -d' ' -f1)):
$ROWS rows of \`bench/gen_sales.py\` ($(du -h "$CSV" | cut -f1)), best of $RUNS interleaved runs, wall clock;
load average at the start: $load (the machine is shared, so wall times are noisy and the CPU
seconds of every run are listed too).

| tool | best time | throughput | CPU s (user + sys) per run |
|---|---|---|---|
$summary

- ratio (aiser rows/s ÷ sqlite3 rows/s): **$(printf '%.2f' "$ratio")** (target ≥ 1)
- aiser peak RSS: **$(printf '%.1f' "$peak_mb") MB** (target < 200 MB)

aiser's time includes starting the CLI, creating its scratch database, reading the file twice
(pass 1 infers every column's type from all values, pass 2 converts and inserts through one
prepared statement in one transaction) and the \`SELECT count(*)\`. Memory does not grow with
the file: a 1 MiB read buffer, one record's field table and a few bytes of inference state per
column.
MD
echo "wrote $RESULTS"
