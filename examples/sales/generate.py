#!/usr/bin/env python3
"""Deterministic order data for examples/sales (dev time only; the product never runs Python).

    python3 examples/sales/generate.py                       # 16,000 rows -> examples/sales/data/orders.csv
    python3 examples/sales/generate.py --rows 1000000 --out /tmp/orders.csv   # benchmark size
"""
import argparse, datetime, os, random

REGIONS = {"North": 1.0, "South": 0.8, "East": 1.2, "West": 1.1, "Central": 0.6}
CATALOG = {
    "Hardware": [("Widget", 19.99), ("Gadget", 49.0), ("Sprocket", 7.5), ("Gear kit", 129.0)],
    "Software": [("Analytics seat", 240.0), ("Backup plan", 89.0), ("Design suite", 399.0)],
    "Services": [("Onboarding", 1200.0), ("Support hour", 150.0), ("Training day", 900.0)],
}
SEGMENTS = [("Consumer", 0.55), ("Small business", 0.3), ("Enterprise", 0.15)]
CHANNELS = ["Online", "Partner", "Direct"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=16000)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "orders.csv"))
    args = ap.parse_args()
    rng = random.Random(20240101)
    start = datetime.date(2023, 1, 1)
    days = (datetime.date(2024, 12, 31) - start).days + 1
    products = [(c, p, price) for c, items in CATALOG.items() for p, price in items]
    weights = [5, 4, 6, 2, 2, 2, 1, 1, 2, 1]
    regions = list(REGIONS)
    with open(args.out, "w", newline="") as f:
        f.write("order_id,order_date,region,segment,channel,category,product,units,unit_price,revenue\n")
        for i in range(args.rows):
            day = start + datetime.timedelta(days=int(rng.random() ** 0.85 * days))
            region = rng.choices(regions, weights=[REGIONS[r] for r in regions])[0]
            category, product, price = rng.choices(products, weights=weights)[0]
            segment = rng.choices([s for s, _ in SEGMENTS], weights=[w for _, w in SEGMENTS])[0]
            units = 1 + int(rng.expovariate(0.35))
            season = 1.15 if day.month in (11, 12) else 1.0
            unit_price = round(price * rng.uniform(0.9, 1.05) * season, 2)
            f.write(f"{100000 + i},{day.isoformat()},{region},{segment},{rng.choice(CHANNELS)},{category},{product},{units},{unit_price},{round(units * unit_price, 2)}\n")


if __name__ == "__main__":
    main()
