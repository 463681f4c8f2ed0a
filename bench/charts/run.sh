#!/usr/bin/env bash
# Chart rendering benchmark: Aiser's renderer (release build) against matplotlib, on the same
# gallery charts (site/gallery/gallery.json), in one run. Prints charts/s for both, the ratio and
# the average SVG size, and writes bench/charts/RESULTS.md.
# Usage: bench/charts/run.sh [AISER_ROUNDS=200] [MPL_ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
AISER_ROUNDS=${1:-200}
MPL_ROUNDS=${2:-3}
python3 -c "import matplotlib" 2>/dev/null || pip install --quiet matplotlib
SCRATCH=.build-bench
# -enable-testing: the benchmark lives in the test target, which imports Engine with @testable.
if ! AISER_ONLY=Engine swift build -c release --build-tests -Xswiftc -enable-testing --scratch-path "$SCRATCH" \
    > /tmp/aiser-bench-charts-build.log 2>&1; then
    grep -E "error:" /tmp/aiser-bench-charts-build.log >&2
    exit 1
fi
aiser=$(AISER_BENCH_CHARTS=$AISER_ROUNDS AISER_ONLY=Engine swift test -c release -Xswiftc -enable-testing --skip-build --scratch-path "$SCRATCH" \
    --filter ChartBenchmarkTests 2>&1 | grep '^AISER_BENCH')
mpl=$(python3 bench/charts/matplotlib_bench.py site/gallery/gallery.json "$MPL_ROUNDS" | grep '^MATPLOTLIB')
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
a_rate=$(field "$aiser" charts_per_second); m_rate=$(field "$mpl" charts_per_second)
a_bytes=$(field "$aiser" avg_svg_bytes); m_bytes=$(field "$mpl" avg_svg_bytes)
ratio=$(python3 -c "print(f'{$a_rate / $m_rate:.1f}')")
summary=$(cat <<EOT
| renderer | charts | charts/s | avg SVG bytes |
|----------|--------|----------|---------------|
| Aiser (release) | $(field "$aiser" charts) | $(printf '%.0f' "$a_rate") | $a_bytes |
| matplotlib $(python3 -c 'import matplotlib; print(matplotlib.__version__)') | $(field "$mpl" charts) | $(printf '%.2f' "$m_rate") | $m_bytes |

Ratio: **${ratio}×** matplotlib's rate (target ≥ 20×).
EOT
)
echo "$summary"
{
    echo "# Chart rendering benchmark"
    echo
    echo "Gallery of $(python3 -c "import json; print(len(json.load(open('site/gallery/gallery.json'))))") charts (every type), alternating light and dark, rendered to SVG in memory."
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) shared cores with \`bench/charts/run.sh $AISER_ROUNDS $MPL_ROUNDS\`."
    echo
    echo "$summary"
} > bench/charts/RESULTS.md
