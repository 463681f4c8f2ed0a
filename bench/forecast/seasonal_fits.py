"""The reference side of the seasonal automatic ARIMA benchmark (SeasonalForecastBenchmark.swift),
on the monthly series of seasonal.json, each with a 12-step forecast:
- `sauto:pmdarima`: pmdarima's `auto_arima(seasonal=True, m=12)` (OCSB test for D, stepwise
  search), one run (each takes seconds);
- `sauto:statsmodels`: statsmodels running aiser's search (D by seasonal strength ≥ 0.64 of the
  classical decomposition, d by KPSS, every (p, q) ≤ 2 × (P, Q) ≤ 1, lowest AICc), one run.
Prints `BENCH <series> <fit> <seconds>` lines."""
import json, sys, time, warnings
import numpy as np
import pmdarima as pm
from statsmodels.tsa.arima.model import ARIMA
from statsmodels.tsa.seasonal import seasonal_decompose
from statsmodels.tsa.stattools import kpss

warnings.filterwarnings("ignore")


def same_search(y, m=12):
    dec = seasonal_decompose(y, period=m, model="additive")
    ok = ~np.isnan(dec.resid)
    r, s = dec.resid[ok], dec.seasonal[ok]
    strength = max(0.0, 1 - np.var(r, ddof=1) / np.var(s + r, ddof=1))
    D = 1 if strength >= 0.64 else 0
    w = y[m:] - y[:-m] if D else y
    d, top = (1 if D else 2), (1 if D else 2)
    for cand in range(top + 1):
        if cand > 0:
            w = np.diff(w)
        if kpss(w, regression="c", nlags="auto")[0] <= 0.463:
            d = cand
            break
    best = None
    for p in range(3):
        for q in range(3):
            for P in range(2):
                for Q in range(2):
                    try:
                        res = ARIMA(y, order=(p, d, q), seasonal_order=(P, D, Q, m),
                                    trend="c" if d + D == 0 else "n").fit()
                    except Exception:
                        continue
                    if best is None or res.aicc < best.aicc:
                        best = res
    return best.get_forecast(12).conf_int()


def pmdarima(y):
    return pm.auto_arima(y, seasonal=True, m=12, suppress_warnings=True, error_action="ignore").predict(12)


series = json.load(open(sys.argv[1]))["series"]
for name in sorted(series):
    y = np.asarray(series[name]["values"], dtype=float)
    t = time.perf_counter()
    pmdarima(y)
    print(f"BENCH {name} sauto:pmdarima {time.perf_counter() - t}", flush=True)
    t = time.perf_counter()
    same_search(y)
    print(f"BENCH {name} sauto:statsmodels {time.perf_counter() - t}", flush=True)
