#!/usr/bin/env bash
# Throughput of the XLSX and JSON/NDJSON readers against Python peers, as CPU seconds.
#
#   bench/xlsxjson/run.sh [ROWS]     (default 200000; needs python3 with openpyxl and xlsxwriter)
#
# Generates the same sales data as .xlsx / .ndjson / .json (gen_data.py), reads every record with
# Aiser's readers (a release build of the Engine tests, ReaderBenchmark suite) and with the peers
# (peers.py: openpyxl read_only; Python's C-accelerated json module), and prints rows/s and ratios.
# Aiser's JSON figure includes its header pre-scan (two passes over the file); the peers make one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-200000}"
work="$root/bench/.work/xlsxjson"
mkdir -p "$work"
python3 -c "import openpyxl, xlsxwriter" 2>/dev/null || pip install --quiet openpyxl xlsxwriter
[ -f "$work/rows-$rows" ] || { python3 "$here/gen_data.py" "$work" "$rows" && touch "$work/rows-$rows"; }

cd "$root"
AISER_ONLY=Engine swift build -c release --build-tests -Xswiftc -enable-testing >/dev/null
AISER_BENCH_READERS="$work" AISER_ONLY=Engine swift test -c release -Xswiftc -enable-testing \
    --skip-build --filter ReaderBenchmark 2>&1 | grep '^BENCH' | sed 's/^BENCH /aiser /' >"$work/aiser.txt"
python3 "$here/peers.py" "$work" >"$work/peers.txt"
python3 - "$work/aiser.txt" "$work/peers.txt" <<'PY'
import sys
aiser = {f: (int(n), float(s)) for _, f, n, s in (l.split() for l in open(sys.argv[1]))}
peers = [(p, f, int(n), float(s)) for p, f, n, s in (l.split() for l in open(sys.argv[2]))]
print(f"{'file':14} {'aiser rows/s':>13} {'peer':>20} {'peer rows/s':>12} {'ratio':>6}")
for peer, f, n, s in peers:
    an, a = aiser[f]
    print(f"{f:14} {an / a:13,.0f} {peer:>20} {n / s:12,.0f} {s / a:6.2f}")
PY
