#!/usr/bin/env python3
"""The peer for bench/build: the charts of examples/sales made with pandas + plotly as
self-contained HTML pages (plotly.js inlined, like Aiser's pages need no network).

    python3 plotly_sales.py ORDERS.csv OUT_DIR      # prints: charts=N bytes=B
"""
import os, sys
import pandas as pd
import plotly.express as px

src, out = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(out, "regions"), exist_ok=True)
df = pd.read_csv(src)
df["month"] = df["order_date"].str.slice(0, 7)
df["year"] = df["order_date"].str.slice(0, 4)
charts = 0


def page(path, title, figures):
    global charts
    parts = []
    for i, fig in enumerate(figures):
        parts.append(fig.to_html(full_html=False, include_plotlyjs=(i == 0)))
        charts += 1
    html = f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>{''.join(parts)}</body></html>"
    with open(os.path.join(out, path), "w", encoding="utf-8") as f:
        f.write(html)


# Overview: monthly revenue (line), revenue by region (bar)
monthly = df.groupby("month", as_index=False)["revenue"].sum()
by_region = df.groupby("region", as_index=False)["revenue"].sum().sort_values("revenue", ascending=False)
page("index.html", "Overview", [
    px.line(monthly, x="month", y="revenue", title="Monthly revenue"),
    px.bar(by_region, x="region", y="revenue", title="Revenue by region"),
])

# Products: per year (the input's two variants) revenue by category (bar) and top products (horizontal bar)
figs = []
for year in ["2023", "2024"]:
    d = df[df["year"] == year]
    cat = d.groupby("category", as_index=False)["revenue"].sum().sort_values("revenue", ascending=False)
    prod = d.groupby("product", as_index=False)["revenue"].sum().sort_values("revenue", ascending=False)
    figs.append(px.bar(cat, x="category", y="revenue", title=f"Revenue by category, {year}"))
    figs.append(px.bar(prod, x="revenue", y="product", orientation="h", title=f"Revenue by product, {year}"))
page("products.html", "Products", figs)

# Regions: share of revenue (donut); one page per region with its monthly revenue (line)
share = df.groupby("region", as_index=False)["revenue"].sum()
page("regions/index.html", "All regions", [px.pie(share, names="region", values="revenue", hole=0.5, title="Share of revenue")])
for region in sorted(df["region"].unique()):
    d = df[df["region"] == region].groupby("month", as_index=False)["revenue"].sum()
    page(f"regions/{region.lower()}.html", f"{region} region", [px.line(d, x="month", y="revenue", title=f"Monthly revenue in {region}")])

total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(out) for f in fs)
print(f"charts={charts} bytes={total}")
