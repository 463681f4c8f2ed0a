"""Generates the reference values for Tests/EngineTests/Stats from public data sets bundled with
statsmodels (offline), using statsmodels / scipy / numpy / pandas. Dev-time only:

    pip install statsmodels pandas scipy
    python3 Tests/EngineTests/Fixtures/stats/generate.py

Writes series.json (the series), arima.json, auto.json, holtwinters.json, basics.json.
"""
import json, os, warnings
import numpy as np, pandas as pd, scipy.stats as st
import statsmodels.api as sm
from statsmodels.tsa.arima.model import ARIMA
from statsmodels.tsa.holtwinters import ExponentialSmoothing
from statsmodels.tsa.stattools import kpss

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


def r(x):
    return [float(v) for v in x]


def load_series():
    out = {}
    nile = sm.datasets.nile.load_pandas().data
    out["nile"] = ("yearly", 1, nile["volume"].values)
    sun = sm.datasets.sunspots.load_pandas().data
    out["sunspots"] = ("yearly", 1, sun["SUNACTIVITY"].values[-150:])
    co2 = sm.datasets.co2.load_pandas().data["co2"]
    monthly = co2.resample("MS").mean().interpolate()
    out["co2"] = ("monthly", 12, monthly.values[-180:])
    el = sm.datasets.elnino.load_pandas().data
    out["elnino"] = ("monthly", 12, el.iloc[:, 1:].values.ravel()[-180:])
    macro = sm.datasets.macrodata.load_pandas().data
    for col in ["realgdp", "unemp", "cpi", "infl", "m1", "tbilrate"]:
        out["macro_" + col] = ("quarterly", 4, macro[col].values)
    return {k: (f, s, np.asarray(v, dtype=float)) for k, (f, s, v) in out.items()}


def horizon(freq):
    return {"monthly": 12, "quarterly": 8, "yearly": 10}[freq]


def arima_fit(y, order, seasonal=(0, 0, 0, 0), trend=None, h=10):
    res = ARIMA(y, order=order, seasonal_order=seasonal, trend=trend).fit()
    fc = res.get_forecast(h)
    ci95 = fc.conf_int(alpha=0.05)
    ci80 = fc.conf_int(alpha=0.20)
    return {
        "order": list(order), "seasonal_order": list(seasonal), "trend": trend or "",
        "aic": float(res.aic), "llf": float(res.llf),
        "params": dict(zip(res.model.param_names, r(res.params))),
        "mean": r(fc.predicted_mean), "lower95": r(ci95[:, 0]), "upper95": r(ci95[:, 1]),
        "lower80": r(ci80[:, 0]), "upper80": r(ci80[:, 1]),
    }


def main():
    series = load_series()
    json.dump({k: {"frequency": f, "period": s, "values": r(v)} for k, (f, s, v) in series.items()},
              open(os.path.join(HERE, "series.json"), "w"))
    arima, auto, hw = [], [], []
    for name, (freq, s, y) in series.items():
        h = horizon(freq)
        orders = [((1, 1, 1), None), ((2, 1, 1), None), ((0, 1, 1), None), ((1, 0, 0), "c"), ((2, 0, 1), "c")]
        for order, trend in orders:
            f = arima_fit(y, order, trend=trend, h=h)
            f["series"] = name
            arima.append(f)
        if freq == "monthly":
            for order, seas in [((1, 0, 0), (0, 1, 1, 12)), ((0, 1, 1), (0, 1, 1, 12))]:
                f = arima_fit(y, order, seasonal=seas, h=h)
                f["series"] = name
                arima.append(f)
        # Automatic order: KPSS for d, then AIC over (p, q) in {0,1,2}^2.
        w, d, stats = y.copy(), 2, []
        for cand in range(3):
            if cand > 0:
                w = np.diff(w)
            stat, p, lags, _ = kpss(w, regression="c", nlags="auto")
            stats.append({"statistic": float(stat), "lags": int(lags), "p_value": float(p)})
            if stat <= 0.463:
                d = cand
                break
        aics = {}
        for p in range(3):
            for q in range(3):
                res = ARIMA(y, order=(p, d, q), trend="c" if d == 0 else "n").fit()
                aics[f"{p},{d},{q}"] = float(res.aic)
        bestkey = min(aics, key=aics.get)
        p, _, q = map(int, bestkey.split(","))
        best = arima_fit(y, (p, d, q), trend="c" if d == 0 else "n", h=h)
        auto.append({"series": name, "d": d, "kpss": stats, "aics": aics, "best": [p, d, q], "fit": best})
        # Holt's linear method and additive Holt-Winters (estimated initial states).
        res = ExponentialSmoothing(y, trend="add").fit()
        hw.append({"series": name, "model": "holt", "period": 0, "sse": float(res.sse),
                   "params": {k: float(v) for k, v in res.params.items() if np.isscalar(v) and np.isfinite(v)},
                   "mean": r(res.forecast(h))})
        if s > 1:
            res = ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=s).fit()
            hw.append({"series": name, "model": "holt-winters", "period": s, "sse": float(res.sse),
                       "params": {k: float(v) for k, v in res.params.items() if np.isscalar(v) and np.isfinite(v)},
                       "mean": r(res.forecast(h))})
    json.dump(arima, open(os.path.join(HERE, "arima.json"), "w"), indent=0)
    json.dump(auto, open(os.path.join(HERE, "auto.json"), "w"), indent=0)
    json.dump(hw, open(os.path.join(HERE, "holtwinters.json"), "w"), indent=0)
    basics(series)


def basics(series):
    out = {"descriptive": [], "ols": [], "correlation": [], "anova": [], "moving": [], "distributions": {}}
    for name in ["nile", "macro_unemp", "elnino"]:
        y = series[name][2]
        q1, q3 = np.quantile(y, [0.25, 0.75])
        z = (y - y.mean()) / y.std(ddof=1)
        out["descriptive"].append({
            "series": name, "mean": float(y.mean()), "median": float(np.median(y)),
            "quantiles": {str(q): float(np.quantile(y, q)) for q in [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]},
            "std": float(y.std(ddof=1)),
            "iqr_outliers": [int(i) for i in np.where((y < q1 - 1.5 * (q3 - q1)) | (y > q3 + 1.5 * (q3 - q1)))[0]],
            "z_outliers": [int(i) for i in np.where(np.abs(z) > 3)[0]],
        })
        lr = st.linregress(np.arange(len(y)), y)
        out["ols"].append({"series": name, "slope": lr.slope, "intercept": lr.intercept,
                           "r2": lr.rvalue ** 2, "p": lr.pvalue, "stderr": lr.stderr})
        out["moving"].append({"series": name, "window": 5, "alpha": 0.3,
                              "sma": [None if np.isnan(v) else float(v) for v in pd.Series(y).rolling(5).mean()],
                              "ewma": r(pd.Series(y).ewm(alpha=0.3, adjust=False).mean())})
    m = {k: series["macro_" + k][2] for k in ["realgdp", "unemp", "cpi", "infl", "m1", "tbilrate"]}
    for a, b in [("realgdp", "m1"), ("unemp", "infl"), ("cpi", "tbilrate"), ("infl", "tbilrate")]:
        x, y = m[a], np.round(m[b])  # rounding makes ties for Spearman
        pr, sr = st.pearsonr(x, y), st.spearmanr(x, y)
        out["correlation"].append({"x": a, "y": b + "_rounded", "pearson": float(pr.statistic), "pearson_p": float(pr.pvalue),
                                   "spearman": float(sr.statistic), "spearman_p": float(sr.pvalue)})
    el = series["elnino"][2]
    months = np.arange(len(el)) % 12
    groups = [el[months == k] for k in range(12)]
    f = st.f_oneway(*groups)
    ssb = sum(len(g) * (g.mean() - el.mean()) ** 2 for g in groups)
    out["anova"].append({"series": "elnino", "by": "month", "f": float(f.statistic), "p": float(f.pvalue),
                         "eta2": float(ssb / ((el - el.mean()) ** 2).sum())})
    d = out["distributions"]
    d["t_cdf"] = [[df, x, float(st.t.cdf(x, df))] for df in [1, 2.5, 7, 30, 200] for x in [-4, -1.3, 0.2, 2.1, 6]]
    d["t_ppf"] = [[df, p, float(st.t.ppf(p, df))] for df in [1, 3, 10, 60] for p in [0.6, 0.9, 0.975, 0.995]]
    d["f_sf"] = [[a, b, x, float(st.f.sf(x, a, b))] for a, b in [(1, 10), (3, 40), (11, 168), (5, 2)] for x in [0.3, 1.0, 2.5, 8.0]]
    d["norm_cdf"] = [[x, float(st.norm.cdf(x))] for x in [-8, -3.2, -1, 0, 0.5, 1.96, 4]]
    d["norm_ppf"] = [[p, float(st.norm.ppf(p))] for p in [1e-10, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999]]
    d["chi2_sf"] = [[k, x, float(st.chi2.sf(x, k))] for k in [1, 4, 15] for x in [0.5, 3.0, 12.0, 40.0]]
    # Linear-trend forecast: OLS on the time index with 95 % prediction intervals.
    out["linear_forecast"] = []
    for name in ["nile", "macro_cpi"]:
        y = series[name][2]
        n = len(y)
        res = sm.OLS(y, sm.add_constant(np.arange(n, dtype=float))).fit()
        future = sm.add_constant(np.arange(n, n + 8, dtype=float), has_constant="add")
        pred = res.get_prediction(future).summary_frame(alpha=0.05)
        out["linear_forecast"].append({"series": name, "mean": r(pred["mean"]), "lower": r(pred["obs_ci_lower"]),
                                       "upper": r(pred["obs_ci_upper"])})
    # ARIMA with drift: trend='t' with d = 1 is a constant mean of the differenced series.
    out["arima_drift"] = []
    for name, order in [("macro_realgdp", (1, 1, 0)), ("macro_m1", (1, 1, 1))]:
        f = arima_fit(series[name][2], order, trend="t", h=8)
        f["series"] = name
        out["arima_drift"].append(f)
    json.dump(out, open(os.path.join(HERE, "basics.json"), "w"), indent=0)


if __name__ == "__main__":
    import sys
    if "--basics" in sys.argv:  # only basics.json, from the committed series.json
        data = json.load(open(os.path.join(HERE, "series.json")))
        basics({k: (v["frequency"], v["period"], np.asarray(v["values"])) for k, v in data.items()})
    else:
        main()
