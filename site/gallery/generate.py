#!/usr/bin/env python3
"""Writes gallery.json: one chart spec (chart_data) per gallery entry. Deterministic (fixed
seed); rerun after editing. The test suite renders every entry in light and dark and compares
with the golden SVGs in Tests/EngineTests/Fixtures/charts/."""
import json, math, random

rnd = random.Random(42)
months = [f"{y}-{m:02d}" for y in (2023, 2024) for m in range(1, 13)][:18]

def chart(t, labels, datasets, **options):
    return {"type": t, "data": {"labels": labels, "datasets": datasets}, "options": options}

def ds(label, data, **kw):
    d = {"label": label, "data": data}
    d.update(kw)
    return d

rev = [round(1000 + 40 * i + 150 * math.sin(i / 2) + rnd.uniform(-40, 40)) for i in range(18)]
cost = [round(v * 0.62 + rnd.uniform(-30, 30)) for v in rev]
cost[7] = None
normal = [round(rnd.gauss(52, 11), 1) for _ in range(300)]
gallery = [
    {"name": "line-time", "chart": chart("line", months, [ds("Revenue", rev), ds("Cost", cost)],
        title="Revenue and cost by month", subtitle="Cost for Aug 2023 is missing", yTitle="USD",
        numberFormat={"style": "currency", "currency": "USD", "decimals": 0})},
    {"name": "line-categorical", "chart": chart("line", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        [ds("Visitors", [1200, 1350, 1280, 1500, 1720, 2400, 2210])], title="Visitors by weekday")},
    {"name": "area", "chart": chart("area", months, [ds("Signups", [round(200 + 9 * i + 30 * math.sin(i)) for i in range(18)])],
        title="Signups", numberFormat={"style": "compact"})},
    {"name": "area-stacked", "chart": chart("area", ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"],
        [ds("Web", [420, 480, 510, 560, 620, 700]), ds("Mobile", [300, 340, 420, 480, 560, 610]), ds("Store", [200, 190, 185, 170, 160, 150])],
        title="Orders by channel", stacked=True)},
    {"name": "bar", "chart": chart("bar", ["Ergonomic office chair with lumbar support", "Standing desk", "Monitor arm",
        "Mechanical keyboard (tenkeyless)", "Noise-cancelling headphones", "Webcam 4K", "Desk lamp"],
        [ds("Units sold", [1840, 1420, 960, 2210, 1610, 730, 505])], title="Units sold by product", xTitle="Product", yTitle="Units")},
    {"name": "bar-grouped", "chart": chart("bar", ["North", "South", "East", "West"],
        [ds("2023", [1.2e6, 860000, 1.05e6, 640000]), ds("2024", [1.45e6, 910000, 990000, 820000])],
        title="Sales by region", numberFormat={"style": "compact"})},
    {"name": "bar-stacked-100", "chart": chart("bar", ["Q1", "Q2", "Q3", "Q4"],
        [ds("Promoters", [52, 55, 61, 58]), ds("Passives", [30, 28, 24, 27]), ds("Detractors", [18, 17, 15, 15])],
        title="NPS mix by quarter", normalized=True)},
    {"name": "bar-horizontal", "chart": chart("bar", ["United States", "Germany", "United Kingdom", "France", "Japan", "Brazil", "India", "Canada"],
        [ds("Customers", [12840, 6210, 5530, 4120, 3980, 2410, 2230, 1990])], title="Customers by country", horizontal=True)},
    {"name": "bar-negative", "chart": chart("bar", months[:12], [ds("Profit", [120, -40, 80, 210, -150, -60, 90, 160, 230, -20, 140, 300])],
        title="Monthly profit", numberFormat={"style": "currency", "currency": "EUR", "decimals": 0})},
    {"name": "pie", "chart": chart("pie", ["Chrome", "Safari", "Edge", "Firefox", "Other"], [ds("Share", [63.5, 19.8, 5.2, 3.1, 8.4])],
        title="Browser share")},
    {"name": "donut", "chart": chart("donut", ["Subscriptions", "Services", "Hardware", "Licences"], [ds("Revenue", [540000, 210000, 125000, 60000])],
        title="Revenue mix", numberFormat={"style": "compact"})},
    {"name": "scatter", "chart": chart("scatter", [], [
        ds("Online", [{"x": round(rnd.uniform(5, 60), 1), "y": 0} for _ in range(40)]),
        ds("Retail", [{"x": round(rnd.uniform(5, 60), 1), "y": 0} for _ in range(40)])],
        title="Basket size vs. time on site", xTitle="Minutes on site", yTitle="Basket (USD)")},
    {"name": "bubble", "chart": chart("bubble", [], [
        ds("Europe", [{"x": 41, "y": 78, "r": 83, "label": "Germany"}, {"x": 38, "y": 80, "r": 67, "label": "France"}, {"x": 35, "y": 81, "r": 10, "label": "Sweden"}]),
        ds("Asia", [{"x": 12, "y": 70, "r": 1400, "label": "India"}, {"x": 21, "y": 78, "r": 1410, "label": "China"}, {"x": 34, "y": 84, "r": 125, "label": "Japan"}]),
        ds("Americas", [{"x": 65, "y": 77, "r": 331, "label": "United States"}, {"x": 9, "y": 75, "r": 213, "label": "Brazil"}])],
        title="Income, life expectancy and population", xTitle="GDP per capita (kUSD)", yTitle="Life expectancy")},
    {"name": "histogram", "chart": chart("histogram", [], [ds("Order value", normal)], title="Order value distribution", xTitle="Order value (USD)")},
    {"name": "heatmap", "chart": chart("heatmap", ["00–02", "02–04", "04–06", "06–08", "08–10", "10–12", "12–14", "14–16", "16–18", "18–20", "20–22", "22–24"],
        [ds(d, [round(20 + 80 * max(0, math.sin((h - 3) / 12 * math.pi)) * (0.6 if d in ("Sat", "Sun") else 1) + rnd.uniform(0, 10)) for h in range(12)])
         for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]], title="Sessions by weekday and hour")},
    {"name": "kpi", "chart": chart("kpi", months[-8:], [ds("Monthly revenue", [184320]), ds("Last month", [161900], role="comparison"),
        ds("Trend", rev[-8:], role="sparkline")], numberFormat={"style": "currency", "currency": "USD", "decimals": 0}), "width": 320, "height": 200},
    {"name": "kpi-down", "chart": chart("kpi", [], [ds("Churn rate", [0.041]), ds("Previous quarter", [0.048], role="comparison")],
        numberFormat={"style": "percent", "decimals": 1}, lowerIsBetter=True), "width": 320, "height": 160},
    {"name": "table", "chart": chart("table", ["North", "South", "East", "West"], [ds("Orders", [1204, 986, 1530, 701]),
        ds("Revenue", [184320.5, 120004.25, 230110, 98000.75]), ds("Manager", ["A. Jones", "B. Smith", "C. Okafor", "D. Müller"])],
        title="Regional summary", xTitle="Region", numberFormat={"style": "plain", "decimals": 0})},
    {"name": "combo", "chart": chart("combo", months[:12], [ds("Revenue", rev[:12], type="bar"),
        ds("Margin", [round(0.3 + 0.05 * math.sin(i), 3) for i in range(12)], type="line", axis="y2")],
        title="Revenue and margin", yTitle="Revenue", yTitle2="Margin", numberFormat2={"style": "percent"})},
    {"name": "forecast", "chart": chart("forecast", months + ["2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"], [
        ds("Actual", rev + [None] * 6, role="actual"),
        ds("Forecast", [None] * 17 + [rev[-1]] + [round(rev[-1] + 25 * k) for k in range(1, 7)], role="forecast"),
        ds("Lower", [None] * 17 + [rev[-1]] + [round(rev[-1] + 25 * k - 40 * math.sqrt(k)) for k in range(1, 7)], role="lower"),
        ds("Upper", [None] * 17 + [rev[-1]] + [round(rev[-1] + 25 * k + 40 * math.sqrt(k)) for k in range(1, 7)], role="upper")],
        title="Revenue forecast", subtitle="80% confidence band")},
    {"name": "empty", "chart": chart("line", [], [], title="Nothing to show")},
    {"name": "line-small-many", "chart": chart("line", [f"{y}-{m:02d}-01" for y in (2022, 2023, 2024) for m in range(1, 13)],
        [ds(f"Region {r} with a rather long series name", [round(100 + 30 * math.sin(i / 3 + r) + 2 * i) for i in range(36)]) for r in range(6)],
        title="Six regions over three years in a small chart", legend="bottom"), "width": 400, "height": 300},
    {"name": "bar-top-n", "chart": chart("bar", [f"SKU-{i:04d} {rnd.choice(['red', 'blue', 'green'])} widget" for i in range(400)],
        [ds("Units", [round(rnd.paretovariate(1.2) * 100) for _ in range(400)])], title="Units by SKU", maxCategories=20)},
]
for p in gallery[11]["chart"]["data"]["datasets"]:
    for pt in p["data"]:
        base = 8 + pt["x"] * 1.6 if p["label"] == "Online" else 20 + pt["x"] * 0.9
        pt["y"] = round(base + rnd.uniform(-12, 12), 1)
with open("gallery.json", "w") as f:
    json.dump(gallery, f, indent=1, ensure_ascii=False)
    f.write("\n")
