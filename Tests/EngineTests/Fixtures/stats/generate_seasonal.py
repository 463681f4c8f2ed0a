"""Reference values for the seasonal ARIMA tests (Tests/EngineTests/Stats/Seasonal*), from public
monthly series that ship with statsmodels and pmdarima (offline). Dev-time only:

    pip install statsmodels pandas scipy pmdarima
    python3 Tests/EngineTests/Fixtures/stats/generate_seasonal.py

Writes seasonal.json:
- series: the monthly series (airline passengers, Box & Jenkins 1976; Australian wine sales;
  Mauna Loa CO2; El Nino sea-surface temperatures);
- airline: statsmodels ARIMA(1,1,1)(0,1,1)12 on the raw airline series, with 12-step forecasts
  and 95 % intervals (the regression case of issue 18);
- sweep: the log-likelihood statsmodels reaches for every (p, q) <= 2, (P, Q) <= 1 on each series
  (d, D fixed per series), with its parameters;
- pmdarima: what `auto_arima(seasonal=True, m=12)` chooses on each series, with its AICc.
"""
import json, os, warnings
import numpy as np
import statsmodels.api as sm
from statsmodels.tsa.arima.model import ARIMA
from pmdarima import datasets as pmd
import pmdarima as pm

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


def r(x):
    return [float(v) for v in x]


def load():
    co2 = sm.datasets.co2.load_pandas().data["co2"].resample("MS").mean().interpolate()
    el = sm.datasets.elnino.load_pandas().data
    return {
        "airline": (np.asarray(pmd.load_airpassengers(), dtype=float), 1, 1),
        "wineind": (np.asarray(pmd.load_wineind(), dtype=float), 1, 1),
        "co2": (co2.values[-180:].astype(float), 1, 1),
        "elnino": (el.iloc[:, 1:].values.ravel()[-180:].astype(float), 0, 1),
    }


def fit(y, order, seasonal, h=12):
    res = ARIMA(y, order=order, seasonal_order=seasonal).fit()
    out = {"order": list(order), "seasonal_order": list(seasonal), "llf": float(res.llf), "aic": float(res.aic),
           "params": dict(zip(res.model.param_names, r(res.params)))}
    if h:
        fc = res.get_forecast(h)
        ci = fc.conf_int(alpha=0.05)
        out.update({"mean": r(fc.predicted_mean), "lower95": r(ci[:, 0]), "upper95": r(ci[:, 1])})
    return out


def main():
    data = load()
    out = {"series": {k: {"frequency": "monthly", "period": 12, "values": r(y)} for k, (y, _, _) in data.items()}}
    out["airline"] = fit(data["airline"][0], (1, 1, 1), (0, 1, 1, 12))
    sweep = []
    for name, (y, d, D) in data.items():
        for p in range(3):
            for q in range(3):
                for P in range(2):
                    for Q in range(2):
                        f = fit(y, (p, d, q), (P, D, Q, 12), h=0)
                        f["series"] = name
                        sweep.append(f)
    out["sweep"] = sweep
    chosen = []
    for name, (y, _, _) in data.items():
        m = pm.auto_arima(y, seasonal=True, m=12, suppress_warnings=True, error_action="ignore")
        chosen.append({"series": name, "order": list(m.order), "seasonal_order": list(m.seasonal_order),
                       "aicc": float(m.aicc()), "with_intercept": bool(m.with_intercept)})
    out["pmdarima"] = chosen
    json.dump(out, open(os.path.join(HERE, "seasonal.json"), "w"), indent=0)


if __name__ == "__main__":
    main()
