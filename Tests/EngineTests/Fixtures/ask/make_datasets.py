#!/usr/bin/env python3
"""Writes the development-set tables (small CSVs of public data sets shipped by the PyPI
packages vega_datasets and plotly) plus tables.json with each column's type.

    pip install vega_datasets plotly pandas duckdb
    python3 make_datasets.py && python3 make_questions.py
"""
import json
import pandas as pd
from vega_datasets import local_data as vd
import plotly.data as pdata

def iso(s):
    return pd.to_datetime(s).dt.strftime("%Y-%m-%d")

tables = {}

def save(name, df, types):
    df = df.copy()
    for c in df.columns:
        if df[c].dtype == object or str(df[c].dtype).startswith("str"):
            df[c] = df[c].astype(str).str.replace(",", " ", regex=False).str.replace('"', "", regex=False)
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
json.dump(tables, open("tables.json", "w"), indent=1)
