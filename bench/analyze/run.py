#!/usr/bin/env python3
"""Key-driver analysis of a 1,000,000-row CSV: `aiser analyze` against pandas + scipy computing
the same figures (issue 17: long analyses on large sources).

Both sides read the same CSV from disk and compute, for the target `revenue`: Pearson's r and
Spearman's rho with p-values against every other numeric column (pairwise-complete rows), the
Pearson and Spearman matrices of the numeric columns, and the one-way ANOVA (eta squared, p) of
every text column with at most 20 levels. aiser also does a date column's seasonality, which the
peer skips, so the peer's time is a lower bound for the same work. The figures are compared
(relative 1e-9) before any time is printed.

    bench/analyze/run.py [--rows N] [--reps R]

AISER_BIN picks the binary (default: the release build if present, else debug).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchkit import binary  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def peer(csv, target):
    df = pd.read_csv(csv)
    numeric = [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c])]
    y = df[target]
    drivers = {}
    for c in numeric:
        if c == target:
            continue
        both = df[[c, target]].dropna()
        r, p = stats.pearsonr(both[c], both[target])
        rho, rp = stats.spearmanr(both[c], both[target])
        drivers[c] = (r, rho)
    pearson = df[numeric].corr(method="pearson")
    spearman = df[numeric].corr(method="spearman")
    for c in df.columns:
        if c in numeric or df[c].nunique() > 20:
            continue
        both = df[[c, target]].dropna()
        groups = [g[target].to_numpy() for _, g in both.groupby(c)]
        stats.f_oneway(*groups)
    return drivers, pearson, spearman


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1, abs(b))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aiser-analyze.") as folder:
        csv = os.path.join(folder, "sales.csv")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/gen_sales.py"), "--rows", str(args.rows),
                        "--out", csv], check=True)
        out = os.path.join(folder, "out.json")
        aiser_times, peer_times = [], []
        for _ in range(args.reps):
            start = time.perf_counter()
            subprocess.run([binary(), "analyze", "--data", csv, "--target", "revenue", "--format", "json",
                            "--out", out], check=True)
            aiser_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            drivers, pearson, spearman = peer(csv, "revenue")
            peer_times.append(time.perf_counter() - start)
        answer = json.load(open(out))
        wrong = []
        for d in answer["key_drivers"]:
            if d["method"] == "pearson":
                r, rho = drivers[d["factor"]]
                if not (close(d["correlation"], r) and close(d["spearman"], rho)):
                    wrong.append(d["factor"])
        for name, matrix in [("pearson", pearson), ("spearman", spearman)]:
            m = answer["correlations"][name]
            for i, a in enumerate(m["columns"]):
                for j, b in enumerate(m["columns"]):
                    if m["values"][i][j] is not None and not close(m["values"][i][j], matrix.loc[a, b]):
                        wrong.append(f"{name} {a}/{b}")
        if wrong:
            raise SystemExit(f"analyze: figures disagree with scipy/pandas: {wrong}")
        a, p = sorted(aiser_times)[len(aiser_times) // 2], sorted(peer_times)[len(peer_times) // 2]
        print(f"rows {args.rows:,}, {args.reps} runs, load {os.getloadavg()[0]:.1f}; figures agree (relative 1e-9)")
        print(f"aiser analyze (ingest + analysis): median {a:.2f} s  {[round(t, 2) for t in aiser_times]}")
        print(f"pandas + scipy (read_csv + the same figures): median {p:.2f} s  {[round(t, 2) for t in peer_times]}")
        print(f"ratio: aiser takes {a / p:.2f}x the peer's time")


if __name__ == "__main__":
    main()
