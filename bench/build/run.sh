#!/usr/bin/env bash
# Benchmark: `aiser build` of examples/sales over a generated 1,000,000-row source against a
# pandas + plotly script producing the same charts as self-contained HTML. Prints the figures
# that go into RESULTS.md.
#   bench/build/run.sh [ROWS]        (default 1000000; needs python3, pip install pandas plotly)
# Uses the release binary (.build/release/aiser); build it first with
#   AISER_ONLY=Generator swift build -c release --product aiser
set -euo pipefail
ROWS=${1:-1000000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
AISER=${AISER:-$ROOT/.build/release/aiser}
WORK=$(mktemp -d /tmp/aiser-bench-build.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/sales/data"
cp -r "$ROOT/examples/sales/aiser.yml" "$ROOT/examples/sales/pages" "$WORK/sales/"
python3 "$ROOT/examples/sales/generate.py" --rows "$ROWS" --out "$WORK/sales/data/orders.csv"
echo "source: $ROWS rows, $(du -h "$WORK/sales/data/orders.csv" | cut -f1)"

# Bash's own clock: spawning a process per timestamp would add its start-up to each interval.
now() { echo "$EPOCHREALTIME"; }

# CPU seconds (user + sys) as well as wall time: on a shared machine the CPU time is the
# load-independent figure.
cpu() { /usr/bin/time -f "%U %S" -o "$1" "${@:2}"; }
t0=$(now)
cpu "$WORK/cpu-cold" "$AISER" build "$WORK/sales" --out "$WORK/aiser-out" | tail -1
t1=$(now)
"$AISER" build "$WORK/sales" --out "$WORK/aiser-out" | tail -1
t2=$(now)
cpu "$WORK/cpu-peer" python3 "$ROOT/bench/build/plotly_sales.py" "$WORK/sales/data/orders.csv" "$WORK/plotly-out" \
    > "$WORK/plotly.txt"
t3=$(now)
COLD_CPU=$(awk '{print $1 + $2}' "$WORK/cpu-cold")
PEER_CPU=$(awk '{print $1 + $2}' "$WORK/cpu-peer")
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

AISER_CHARTS=$(grep -o '<figure class="chart">' -r "$WORK/aiser-out" --include=*.html | wc -l)
# The pages only: out/embed/ holds a standalone copy of every chart for iframes, not part of the site.
AISER_HTML=$(find "$WORK/aiser-out" -path "$WORK/aiser-out/embed" -prune -o -name '*.html' -exec cat {} + | wc -c)
AISER_ALL=$(du -sb "$WORK/aiser-out" | cut -f1)
PLOTLY_CHARTS=$(sed -E 's/charts=([0-9]+).*/\1/' "$WORK/plotly.txt")
PLOTLY_BYTES=$(sed -E 's/.*bytes=([0-9]+)/\1/' "$WORK/plotly.txt")
python3 - "$t0" "$t1" "$t2" "$t3" "$AISER_CHARTS" "$AISER_HTML" "$AISER_ALL" "$PLOTLY_CHARTS" "$PLOTLY_BYTES" \
    "$COLD_CPU" "$PEER_CPU" <<'PY'
import sys
t0, t1, t2, t3 = map(float, sys.argv[1:5])
ac, ah, aa, pc, pb = map(int, sys.argv[5:10])
cold_cpu, peer_cpu = map(float, sys.argv[10:12])
cold, warm, peer = t1 - t0, t2 - t1, t3 - t2
print(f"aiser build (cold, loads the CSV): {cold:.2f} s ({cold_cpu:.2f} s CPU)")
print(f"aiser build (warm, nothing changed): {warm:.2f} s")
print(f"pandas + plotly:                    {peer:.2f} s ({peer_cpu:.2f} s CPU)")
print(f"speed ratio (plotly / aiser cold):  {peer / cold:.1f}x wall, {peer_cpu / cold_cpu:.1f}x CPU")
print(f"aiser: {ac} charts, {ah} bytes of HTML = {ah / max(ac, 1):,.0f} bytes per chart ({aa} bytes with CSV/JSON exports)")
print(f"plotly: {pc} charts, {pb} bytes = {pb / max(pc, 1):,.0f} bytes per chart")
print(f"size ratio (plotly / aiser per chart): {(pb / max(pc, 1)) / (ah / max(ac, 1)):.0f}x")
PY
