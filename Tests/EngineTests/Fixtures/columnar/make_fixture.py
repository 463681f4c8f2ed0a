"""Writes orders.csv, the differential-test table of the columnar engine (run from this folder).

3,000 rows with NULLs (empty fields and NA markers), empty strings, negative numbers,
mixed-case text, many ties, ISO dates and datetimes, booleans, numeric-looking codes and
quoted fields with commas and line breaks; seeded, so the file is reproducible.
"""
import csv
import random

random.seed(20261129)
regions = ["North", "South", "East", "West", "north", "Süd", ""]
categories = ["Tools", "Toys", "Books", "Garden"]
products = ["Hammer", "Saw", "Drill", "Kite", "Ball", "Novel", "Atlas", "Rake", 'Hose, 20 m', "Seed\nmix"]
with open("orders.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "Region", "category", "product", "order_date", "shipped_at", "units", "revenue",
                "discount", "priority", "code", "score"])
    for i in range(1, 3001):
        units = random.choice(["", "NA"] + [str(random.randint(-5, 40)) for _ in range(20)])
        revenue = random.choice(["", "-"] + [f"{random.uniform(-50, 900):.2f}" for _ in range(30)]
                                + ["100.10", "0.1", "0.2", "1e3"])
        discount = random.choice(["", "0.5", "0.25", "1.75", "-0.5", "3"])
        day = f"{random.choice([2023, 2024])}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
        shipped = random.choice(["", f"{day} {random.randint(0, 23):02d}:{random.randint(0, 59):02d}:00"])
        priority = random.choice(["yes", "no", "Yes", ""])
        code = random.choice(["00123", "42", "7", "A-1", "", "0042"])
        score = random.choice(["1", "2", "3", "", "10"])
        w.writerow([i, random.choice(regions), random.choice(categories), random.choice(products),
                    random.choice([day, day, ""]), shipped, units, revenue, discount, priority, code, score])
