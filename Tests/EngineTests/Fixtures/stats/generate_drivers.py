"""Reference values for the key-driver test (Tests/EngineTests/Analysis/KeyDriversTests.swift):
a deterministic synthetic sales table and scipy's statistics for each factor. Dev-time only."""
import json, os
import numpy as np, scipy.stats as st

rng = np.random.default_rng(7)
n = 96
months = np.arange(n) % 12 + 1
dates = [f"{2018 + i // 12}-{m:02d}-01" for i, m in enumerate(months)]
ad = rng.uniform(10, 100, n).round(1)
noise = rng.normal(0, 1, n).round(3)
region = rng.choice(["north", "south", "east", "west"], n)
effect = {"north": 30, "south": -20, "east": 5, "west": 0}
season = 25 * np.sin(2 * np.pi * (months - 1) / 12)
sales = (200 + 2.5 * ad + np.array([effect[r] for r in region]) + season + rng.normal(0, 15, n)).round(2)
rows = [[dates[i], float(sales[i]), float(ad[i]), float(noise[i]), str(region[i]), f"id{i}", 7] for i in range(n)]


def anova(values, labels):
    groups = [values[labels == g] for g in np.unique(labels)]
    f = st.f_oneway(*groups)
    ssb = sum(len(g) * (g.mean() - values.mean()) ** 2 for g in groups)
    return float(ssb / ((values - values.mean()) ** 2).sum()), float(f.pvalue)


# Seasonality: detrend by OLS on time order, then eta^2 by month.
t = np.arange(n)
fit = st.linregress(t, sales)
resid = sales - (fit.intercept + fit.slope * t)
eta_month, p_month = anova(resid, months)
eta_region, p_region = anova(sales, region)
out = {
    "columns": ["month", "sales", "ad_spend", "noise", "region", "customer", "constant"],
    "rows": rows,
    "expected": {
        "ad_spend": {"pearson": st.pearsonr(ad, sales)[0], "pearson_p": st.pearsonr(ad, sales)[1],
                     "spearman": st.spearmanr(ad, sales)[0], "spearman_p": st.spearmanr(ad, sales)[1]},
        "noise": {"pearson": st.pearsonr(noise, sales)[0], "pearson_p": st.pearsonr(noise, sales)[1],
                  "spearman": st.spearmanr(noise, sales)[0], "spearman_p": st.spearmanr(noise, sales)[1]},
        "region": {"eta2": eta_region, "p": p_region},
        "month": {"eta2": eta_month, "p": p_month},
        "ad_noise_pearson": st.pearsonr(ad, noise)[0],
    },
}
out["expected"] = json.loads(json.dumps(out["expected"], default=float))
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "drivers.json"), "w"))
print(out["expected"])
