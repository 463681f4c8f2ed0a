#!/usr/bin/env bash
# Forecast benchmark: aiser (release build, Engine only) vs statsmodels on the bundled series.
# Usage: bench/forecast/run.sh   (needs: pip install statsmodels pandas scipy pmdarima)
# Prints per-fit times and ratios and writes bench/forecast/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
# Single-threaded BLAS for statsmodels, as aiser fits on one thread (and oversubscribed BLAS
# threads on a shared machine slow numpy down badly).
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
# Other work on the machine skews both sides; the load averages go into the report.
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# Its own scratch path: AISER_ONLY must never share the default .build (AISER_BENCH_SCRATCH picks
# another folder, e.g. one outside the worktree).
scratch="${AISER_BENCH_SCRATCH:-.build-engine-rel}"
AISER_ONLY=Engine AISER_BENCH=1 swift test -c release -Xswiftc -enable-testing --scratch-path "$scratch" \
    --filter ForecastBenchmark 2>/dev/null | grep '^BENCH' > "$out/aiser.txt"
python3 bench/forecast/statsmodels_fits.py Tests/EngineTests/Fixtures/stats/series.json > "$out/statsmodels.txt"
# Seasonal automatic search (needs pmdarima too): pmdarima's stepwise auto_arima and statsmodels
# running the same 36-order search as aiser.
python3 bench/forecast/seasonal_fits.py Tests/EngineTests/Fixtures/stats/seasonal.json >> "$out/statsmodels.txt"
BENCH_LOAD="$load_start → $(cut -d' ' -f1-3 /proc/loadavg)" \
    python3 bench/forecast/report.py "$out/aiser.txt" "$out/statsmodels.txt" | tee bench/forecast/RESULTS.md
