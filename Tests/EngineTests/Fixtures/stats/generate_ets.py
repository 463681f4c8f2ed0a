"""Reference values for the ETS tests (Tests/EngineTests/Stats/ETS*), from statsmodels' `ETSModel`
(additive errors, maximum likelihood = least squares, R's bounds). Dev-time only:

    pip install statsmodels pandas scipy
    python3 Tests/EngineTests/Fixtures/stats/generate_ets.py

Reads the committed series.json and seasonal.json; writes ets.json, a list of fits, one per
series and form (trend none / additive / damped, season none / additive / multiplicative):
- sse, aicc, params (statsmodels' names: smoothing_level, smoothing_trend (ETS's beta*),
  smoothing_seasonal, damping_trend, initial_level, initial_trend, initial_seasonal.0 = s_{-1} ...
  initial_seasonal.<m-1> = s_{-m});
- mean, lower95, upper95: the 12-step forecast and its 95 % prediction interval at those
  parameters -- analytic for the linear forms, simulated (20000 paths) for multiplicative seasons.
"""
import json, os, warnings
import numpy as np
import pandas as pd
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
FORMS = [("N", False, "N"), ("A", False, "N"), ("A", True, "N"),
         ("A", False, "A"), ("A", True, "A"), ("A", False, "M"), ("A", True, "M")]
H = 12


def r(x):
    return [float(v) for v in x]


def series():
    plain = json.load(open(os.path.join(HERE, "series.json")))
    seasonal = json.load(open(os.path.join(HERE, "seasonal.json")))["series"]
    out = {name: (seasonal[name]["values"], 12) for name in ["airline", "wineind", "co2", "elnino"]}
    out["macro_realgdp"] = (plain["macro_realgdp"]["values"], 4)
    out["nile"] = (plain["nile"]["values"], 1)
    return out


def main():
    fits = []
    for name, (values, m) in series().items():
        y = pd.Series(np.asarray(values, dtype=float), index=pd.RangeIndex(len(values)))
        for trend, damped, season in FORMS:
            if season != "N" and m < 2:
                continue
            model = ETSModel(
                y, error="add", trend=None if trend == "N" else "add", damped_trend=damped,
                seasonal={"N": None, "A": "add", "M": "mul"}[season], seasonal_periods=m if season != "N" else None)
            res = model.fit(disp=False, maxiter=10000)
            n = len(y)
            pred = res.get_prediction(
                start=n, end=n + H - 1, method="simulated" if season == "M" else None,
                simulate_repetitions=20000, rng=0)
            frame = pred.summary_frame(alpha=0.05)
            form = f"A,{trend}{'d' if damped else ''},{season}"
            fits.append({
                "series": name, "period": m if season != "N" else 0, "form": form,
                "sse": float(np.sum(res.resid ** 2)), "aicc": float(res.aicc),
                "params": dict(zip(res.param_names, r(res.params))),
                "mean": r(res.forecast(H)), "lower95": r(frame["pi_lower"]), "upper95": r(frame["pi_upper"]),
            })
    json.dump(fits, open(os.path.join(HERE, "ets.json"), "w"), indent=0)


if __name__ == "__main__":
    main()
