#!/bin/sh
# Columnar SQLite functions: a page with `strftime('%Y-%m', d) … GROUP BY` and
# `WHERE date(d, 'start of month') = …` over 1M CSV rows, built columnar vs --no-columnar
# (every query on SQLite). Prints both wall times and the ratio; checks the outputs are identical.
# Usage: bench/columnar-functions/run.sh [path/to/aiser]   (default .build/release/aiser)
set -eu
AISER=$(realpath "${1:-.build/release/aiser}")
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
mkdir -p "$DIR/data" "$DIR/pages"
python3 - "$DIR/data/orders.csv" <<'PY'
import datetime, random, sys
random.seed(1)
start = datetime.date(2020, 1, 1)
with open(sys.argv[1], "w") as f:
    f.write("order_date,region,revenue\n")
    for _ in range(1_000_000):
        d = start + datetime.timedelta(days=random.randrange(1500))
        f.write(f"{d.isoformat()},{random.choice(['North', 'South', 'East', 'West'])},{random.randrange(1, 100000) / 100}\n")
PY
printf 'title: Bench\nsources:\n  orders: data/orders.csv\n' > "$DIR/aiser.yml"
cat > "$DIR/pages/index.md" <<'MD'
---
title: Months
---

```sql months
SELECT strftime('%Y-%m', order_date) AS month, SUM(revenue) AS revenue, COUNT(*) AS orders
FROM orders GROUP BY month ORDER BY month
```

```sql march
SELECT region, SUM(revenue) AS revenue FROM orders
WHERE date(order_date, 'start of month') = '2021-03-01' GROUP BY region ORDER BY region
```

{{ months.month }} {{ march.revenue }}
MD
cd "$DIR"
best() {
    b=999
    for _ in 1 2 3; do
        s=$(date +%s.%N); "$AISER" build . --out "$1" --no-cache $2 > /dev/null; e=$(date +%s.%N)
        b=$(echo "$e - $s" | bc -l | awk -v b="$b" '{ print ($1 < b) ? $1 : b }')
    done
    echo "$b"
}
fast=$(best out-columnar "")
slow=$(best out-sqlite --no-columnar)
diff -r out-columnar out-sqlite > /dev/null && echo "outputs identical"
echo "columnar ${fast}s  sqlite ${slow}s  ratio $(echo "$fast / $slow" | bc -l | cut -c1-5)"
