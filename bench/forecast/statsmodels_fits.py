"""The statsmodels side of the forecast benchmark: the same fits as ForecastBenchmark.swift
(ARIMA(2,1,1); KPSS d + AIC over (p,q) in {0,1,2}^2; additive Holt-Winters), each with a
12-step forecast, median of 3 runs. Prints `BENCH <series> <model> <seconds>` lines."""
import json, os, sys, time, warnings
import numpy as np
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


FITS = {
    "arima211": lambda y, s: ARIMA(y, order=(2, 1, 1)).fit().get_forecast(12).conf_int(),
    "auto": lambda y, s: auto(y),
    "holtwinters": lambda y, s: ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=s).fit().forecast(12),
}

series = json.load(open(sys.argv[1]))
for name in sorted(series):
    y, s = np.asarray(series[name]["values"]), series[name]["period"]
    for label, fit in FITS.items():
        if label == "holtwinters" and s <= 1:
            continue
        times = []
        for _ in range(3):
            t = time.perf_counter()
            fit(y, s)
            times.append(time.perf_counter() - t)
        print(f"BENCH {name} {label} {sorted(times)[1]}", flush=True)
