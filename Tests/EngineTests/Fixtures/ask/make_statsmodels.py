#!/usr/bin/env python3
"""Adds six public tables new to the development set — burtin (vega_datasets: antibiotic
MICs), and from statsmodels.datasets cpunish (executions by US state, 1997), co2 (weekly Mauna
Loa CO2, 1958–2001, with missing weeks), modechoice (travel mode choice, modes decoded from
their 1–4 codes as the data set's notes define them), sunspots (yearly sun activity) and heart
(transplant survival) — to the development tables and tables.json. Their questions were written
before the engine was run on them (round 4); they are in the dev split.

    pip install vega_datasets statsmodels pandas duckdb
    python3 make_statsmodels.py && python3 make_questions.py
"""
import json
import pandas as pd
from vega_datasets import local_data as vd
import statsmodels.api as sm

tables = json.load(open("tables.json"))


def save(name, df, types):
    df = df.copy()
    for c in df.columns:
        if types[c] == "string":
            df[c] = df[c].map(lambda v: "" if pd.isna(v) else str(v).replace(",", " ").replace('"', ""))
        elif types[c] == "integer":
            df[c] = df[c].astype("Int64")
    df.to_csv(f"{name}.csv", index=False)
    tables[name] = [[c, types[c]] for c in df.columns]


S, D, I = "string", "decimal", "integer"
save("burtin", vd.burtin(), {"Bacteria": S, "Penicillin": D, "Streptomycin": D, "Neomycin": D,
                             "Gram_Staining": S, "Genus": S})
import os, statsmodels.datasets.cpunish as cpm
cp = pd.read_csv(os.path.join(os.path.dirname(cpm.__file__), "cpunish.csv"))
cp["STATE"] = cp["STATE"].str.replace("_", " ")
save("cpunish", cp, {"STATE": S, "EXECUTIONS": I, "INCOME": I, "PERPOVERTY": D, "PERBLACK": D, "VC100k96": I,
                     "SOUTH": I, "DEGREE": D})
co = sm.datasets.co2.load_pandas().data
co = pd.DataFrame({"date": co.index.strftime("%Y-%m-%d"), "co2": co["co2"].values})
save("co2", co, {"date": "date", "co2": D})
mc = sm.datasets.modechoice.load_pandas().data
mc["mode"] = mc["mode"].map({1: "air", 2: "train", 3: "bus", 4: "car"})
save("modechoice", mc, {"individual": I, "mode": S, "choice": I, "ttme": I, "invc": I, "invt": I, "gc": I,
                        "hinc": D, "psize": I})
ss = sm.datasets.sunspots.load_pandas().data
save("sunspots", ss, {"YEAR": I, "SUNACTIVITY": D})
save("heart", sm.datasets.heart.load_pandas().data, {"survival": I, "censors": I, "age": D})
json.dump(tables, open("tables.json", "w"), indent=1)
