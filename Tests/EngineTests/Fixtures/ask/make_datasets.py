#!/usr/bin/env python3
"""Writes the development-set tables (small CSVs of public data sets shipped by the PyPI
packages vega_datasets, plotly, palmerpenguins and statsmodels) plus tables.json with each column's type.

    pip install vega_datasets plotly palmerpenguins statsmodels pandas duckdb
    python3 make_datasets.py && python3 make_questions.py
"""
import json
import pandas as pd
from vega_datasets import local_data as vd
import plotly.data as pdata
import palmerpenguins
import statsmodels.api as sm

def iso(s):
    return pd.to_datetime(s).dt.strftime("%Y-%m-%d")

tables = {}

def save(name, df, types):
    df = df.copy()
    for c in df.columns:
        if types[c] == "string":
            df[c] = df[c].map(lambda v: "" if pd.isna(v) else str(v).replace(",", " ").replace('"', ""))
    df.to_csv(f"{name}.csv", index=False)
    tables[name] = [[c, types[c]] for c in df.columns]

tips = pdata.tips()
save("tips", tips, {"total_bill": "decimal", "tip": "decimal", "sex": "string", "smoker": "string",
                    "day": "string", "time": "string", "size": "integer"})
gap = pdata.gapminder()[["country", "continent", "year", "lifeExp", "pop", "gdpPercap"]]
save("gapminder", gap, {"country": "string", "continent": "string", "year": "integer", "lifeExp": "decimal",
                        "pop": "integer", "gdpPercap": "decimal"})
sw = vd.seattle_weather()
sw["date"] = iso(sw["date"])
save("seattle_weather", sw, {"date": "date", "precipitation": "decimal", "temp_max": "decimal",
                             "temp_min": "decimal", "wind": "decimal", "weather": "string"})
iris = vd.iris()
save("iris", iris, {"sepalLength": "decimal", "sepalWidth": "decimal", "petalLength": "decimal",
                    "petalWidth": "decimal", "species": "string"})
cars = vd.cars()
cars["Year"] = iso(cars["Year"])
save("cars", cars, {"Name": "string", "Miles_per_Gallon": "decimal", "Cylinders": "integer",
                    "Displacement": "decimal", "Horsepower": "decimal", "Weight_in_lbs": "integer",
                    "Acceleration": "decimal", "Year": "date", "Origin": "string"})
stocks = vd.stocks()
stocks["date"] = iso(stocks["date"])
save("stocks", stocks, {"symbol": "string", "date": "date", "price": "decimal"})
barley = vd.barley()
save("barley", barley, {"yield": "decimal", "variety": "string", "year": "integer", "site": "string"})

# Tables added for Ask v2 (never seen by the engine before its development set was written).
peng = palmerpenguins.load_penguins()
save("penguins", peng, {"species": "string", "island": "string", "bill_length_mm": "decimal",
                        "bill_depth_mm": "decimal", "flipper_length_mm": "decimal", "body_mass_g": "decimal",
                        "sex": "string", "year": "integer"})
iowa = vd.iowa_electricity()
iowa["year"] = iso(iowa["year"])
save("iowa_electricity", iowa, {"year": "date", "source": "string", "net_generation": "integer"})
la = vd.la_riots()
la["death_date"] = iso(la["death_date"])
la = la[["first_name", "last_name", "age", "gender", "race", "death_date", "neighborhood", "type"]]
save("la_riots", la, {"first_name": "string", "last_name": "string", "age": "decimal", "gender": "string",
                      "race": "string", "death_date": "date", "neighborhood": "string", "type": "string"})
grun = sm.datasets.grunfeld.load_pandas().data
grun["year"] = grun["year"].astype(int)
save("grunfeld", grun, {"invest": "decimal", "value": "decimal", "capital": "decimal", "firm": "string",
                        "year": "integer"})
el = pdata.election()[["district", "Coderre", "Bergeron", "Joly", "total", "winner", "result"]]
save("election", el, {"district": "string", "Coderre": "integer", "Bergeron": "integer", "Joly": "integer",
                      "total": "integer", "winner": "string", "result": "string"})
med = pdata.medals_long()
save("medals", med, {"nation": "string", "medal": "string", "count": "integer"})
ex = pdata.experiment()
ex = ex.round(3)
save("experiment", ex, {"experiment_1": "decimal", "experiment_2": "decimal", "experiment_3": "decimal",
                        "gender": "string", "group": "string"})
drv = vd.driving()
save("driving", drv, {"side": "string", "year": "integer", "miles": "integer", "gas": "decimal"})
mac = sm.datasets.macrodata.load_pandas().data[["year", "quarter", "realgdp", "realcons", "cpi", "unemp", "infl", "tbilrate"]]
mac["year"] = mac["year"].astype(int)
mac["quarter"] = mac["quarter"].astype(int)
save("macrodata", mac, {"year": "integer", "quarter": "integer", "realgdp": "decimal", "realcons": "decimal",
                        "cpi": "decimal", "unemp": "decimal", "infl": "decimal", "tbilrate": "decimal"})
crime = sm.datasets.statecrime.load_pandas().data.reset_index()
save("statecrime", crime, {"state": "string", "violent": "decimal", "murder": "decimal", "hs_grad": "decimal",
                           "poverty": "decimal", "single": "decimal", "white": "decimal", "urban": "decimal"})
ap = vd.airports()
ap = ap[ap["state"].isin(["CA", "TX", "NY", "FL", "WA", "CO"])].sort_values("iata").iloc[::2]
ap = ap[["iata", "name", "city", "state", "latitude", "longitude"]].round(4)
save("airports", ap, {"iata": "string", "name": "string", "city": "string", "state": "string",
                      "latitude": "decimal", "longitude": "decimal"})
# A second batch of development tables (written after the first round of tuning, before any
# tuning on them).
wheat = vd.wheat()
save("wheat", wheat, {"year": "integer", "wheat": "decimal", "wages": "decimal"})
crimea = vd.crimea()
crimea["date"] = iso(crimea["date"])
save("crimea", crimea, {"date": "date", "wounds": "integer", "other": "integer", "disease": "integer"})
ohlc = vd.ohlc()
ohlc["date"] = iso(ohlc["date"])
ohlc = ohlc.round(4)
save("ohlc", ohlc, {"date": "date", "open": "decimal", "high": "decimal", "low": "decimal", "close": "decimal",
                    "signal": "string", "ret": "decimal"})
longley = sm.datasets.longley.load_pandas().data.astype({"YEAR": int})
save("longley", longley, {"TOTEMP": "decimal", "GNPDEFL": "decimal", "GNP": "decimal", "UNEMP": "decimal",
                          "ARMED": "decimal", "POP": "decimal", "YEAR": "integer"})
emp = vd.us_employment()[["month", "nonfarm", "construction", "manufacturing", "retail_trade", "information",
                          "leisure_and_hospitality", "government", "nonfarm_change"]]
save("us_employment", emp, {"month": "date", "nonfarm": "integer", "construction": "integer",
                            "manufacturing": "integer", "retail_trade": "decimal", "information": "integer",
                            "leisure_and_hospitality": "integer", "government": "integer",
                            "nonfarm_change": "integer"})
fair = sm.datasets.fair.load_pandas().data.iloc[::12].round(3)
save("fair", fair, {c: "decimal" for c in fair.columns})
json.dump(tables, open("tables.json", "w"), indent=1)
