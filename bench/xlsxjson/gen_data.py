#!/usr/bin/env python3
"""Generates benchmark inputs for the XLSX and JSON readers (deterministic).

usage: gen_data.py OUTDIR [ROWS]  → OUTDIR/sales.xlsx (shared strings, dates), OUTDIR/sales.ndjson,
OUTDIR/sales.json (array). Default 200,000 rows.
"""
import datetime as dt
import json
import random
import sys

import xlsxwriter

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
rng = random.Random(42)
regions = ["North", "South", "East", "West", "Central"]
products = [f"Product {i}" for i in range(50)]
start = dt.date(2020, 1, 1)

wb = xlsxwriter.Workbook(f"{out}/sales.xlsx", {"constant_memory": False})
ws = wb.add_worksheet("sales")
date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
ws.write_row(0, 0, ["order_id", "order_date", "region", "product", "quantity", "unit_price", "returned"])
with open(f"{out}/sales.ndjson", "w") as nd, open(f"{out}/sales.json", "w") as arr:
    arr.write("[\n")
    for i in range(1, rows + 1):
        day = start + dt.timedelta(days=rng.randrange(1460))
        rec = {"order_id": i, "order_date": day.isoformat(), "region": rng.choice(regions),
               "product": rng.choice(products), "quantity": rng.randrange(1, 20),
               "unit_price": round(rng.uniform(1, 500), 2), "returned": rng.random() < 0.05}
        ws.write_number(i, 0, i)
        ws.write_datetime(i, 1, dt.datetime(day.year, day.month, day.day), date_fmt)
        ws.write_string(i, 2, rec["region"])
        ws.write_string(i, 3, rec["product"])
        ws.write_number(i, 4, rec["quantity"])
        ws.write_number(i, 5, rec["unit_price"])
        ws.write_boolean(i, 6, rec["returned"])
        line = json.dumps(rec)
        nd.write(line + "\n")
        arr.write(("  " if i == 1 else ", ") + line + "\n")
    arr.write("]\n")
wb.close()
