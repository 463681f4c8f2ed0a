"""The statsmodels side of the forecast benchmark: the same fits as ForecastBenchmark.swift
(ARIMA(2,1,1); KPSS d + AIC over (p,q) in {0,1,2}^2; additive Holt-Winters; ETSModel
(A,Ad,A) with analytic and (A,Ad,M) with simulated (5000 paths) 95 % intervals; the automatic
ETS form: every form the series allows fitted, the lowest AICc forecast), each with a 12-step
forecast, median of 3 runs; the ETS fits (slow in statsmodels) run once, on ETS_SERIES only. Prints `BENCH <series> <model> <seconds>` lines."""
import json, os, sys, time, warnings
import numpy as np
import pandas as pd
from statsmodels.tsa.exponential_smoothing.ets import ETSModel
from statsmodels.tsa.arima.model import ARIMA
from statsmodels.tsa.holtwinters import ExponentialSmoothing
from statsmodels.tsa.stattools import kpss

warnings.filterwarnings("ignore")


def auto(y):
    w, d = y, 2
    for cand in range(3):
        if cand > 0:
            w = np.diff(w)
        if kpss(w, regression="c", nlags="auto")[0] <= 0.463:
            d = cand
            break
    best = None
    for p in range(3):
        for q in range(3):
            res = ARIMA(y, order=(p, d, q), trend="c" if d == 0 else "n").fit()
            if best is None or res.aic < best.aic:
                best = res
    return best.forecast(12)


def ets(y, s, trend, damped, seasonal):
    series = pd.Series(y, index=pd.RangeIndex(len(y)))
    res = ETSModel(series, error="add", trend=trend, damped_trend=damped, seasonal=seasonal,
                   seasonal_periods=s if seasonal else None).fit(disp=False)
    return res


def ets_forecast(res, seasonal):
    n = res.nobs
    method = "simulated" if seasonal == "mul" else None
    return res.get_prediction(start=n, end=n + 11, method=method, simulate_repetitions=5000).summary_frame()


def ets_auto(y, s):
    forms = [(t, d, se) for se in ([None, "add", "mul"] if s > 1 else [None])
             for (t, d) in [(None, False), ("add", False), ("add", True)]]
    if (y <= 0).any():
        forms = [f for f in forms if f[2] != "mul"]
    fits = [(ets(y, s, *f), f[2]) for f in forms]
    best, seasonal = min(fits, key=lambda r: r[0].aicc)
    return ets_forecast(best, seasonal)


ETS_SERIES = {"co2", "elnino", "macro_realgdp", "nile"}

FITS = {
    "arima211": lambda y, s: ARIMA(y, order=(2, 1, 1)).fit().get_forecast(12).conf_int(),
    "auto": lambda y, s: auto(y),
    "holtwinters": lambda y, s: ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=s).fit().forecast(12),
    "ets_aada": lambda y, s: ets_forecast(ets(y, s, "add", True, "add"), "add"),
    "ets_aadm": lambda y, s: ets_forecast(ets(y, s, "add", True, "mul"), "mul"),
    "ets_auto": lambda y, s: ets_auto(y, s),
}

series = json.load(open(sys.argv[1]))
for name in sorted(series):
    y, s = np.asarray(series[name]["values"]), series[name]["period"]
    for label, fit in FITS.items():
        if label in ("holtwinters", "ets_aada", "ets_aadm") and s <= 1:
            continue
        if label == "ets_aadm" and (y <= 0).any():
            continue
        ets_fit = label.startswith("ets_")
        if ets_fit and name not in ETS_SERIES:
            continue
        times = []
        for _ in range(1 if ets_fit else 3):
            t = time.perf_counter()
            fit(y, s)
            times.append(time.perf_counter() - t)
        print(f"BENCH {name} {label} {sorted(times)[len(times) // 2]}", flush=True)
