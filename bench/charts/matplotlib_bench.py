#!/usr/bin/env python3
"""The peer half of bench/charts/run.sh: renders every chart of site/gallery/gallery.json with
matplotlib to SVG, N rounds, and prints charts/s and average SVG bytes.
Usage: python3 matplotlib_bench.py GALLERY.json N"""
import io, json, sys, time
import matplotlib
matplotlib.use("svg")
import matplotlib.pyplot as plt
import numpy as np

def nums(d):
    return [np.nan if v is None else v for v in d]

def draw(ax, fig, c):
    t, labels, sets, o = c["type"], c["data"]["labels"], c["data"]["datasets"], c.get("options", {})
    x = np.arange(len(labels))
    if t in ("line", "forecast"):
        for d in sets:
            if d.get("role") in ("lower", "upper"):
                continue
            ax.plot(x, nums(d["data"]), marker="o", linestyle="--" if d.get("role") == "forecast" else "-", label=d["label"])
        lo = [d for d in sets if d.get("role") == "lower"]
        hi = [d for d in sets if d.get("role") == "upper"]
        if lo and hi:
            ax.fill_between(x, nums(lo[0]["data"]), nums(hi[0]["data"]), alpha=0.2)
        ax.set_xticks(x, labels, rotation=45)
    elif t == "area":
        ys = [nums(d["data"]) for d in sets]
        if o.get("stacked"):
            ax.stackplot(x, ys, labels=[d["label"] for d in sets])
        else:
            for y, d in zip(ys, sets):
                ax.fill_between(x, y, alpha=0.3); ax.plot(x, y, label=d["label"])
        ax.set_xticks(x, labels, rotation=45)
    elif t == "bar":
        w = 0.8 / max(1, len(sets))
        bottom = np.zeros(len(labels))
        totals = np.nansum([nums(d["data"]) for d in sets], axis=0)
        for i, d in enumerate(sets):
            y = np.array(nums(d["data"]), dtype=float)
            if o.get("normalized"):
                y = y / totals
            if o.get("stacked") or o.get("normalized"):
                (ax.barh if o.get("horizontal") else ax.bar)(x, y, 0.8, bottom, label=d["label"]) if not o.get("horizontal") else ax.barh(x, y, 0.8, left=bottom, label=d["label"])
                bottom += np.nan_to_num(y)
            elif o.get("horizontal"):
                ax.barh(x + i * w, y, w, label=d["label"])
            else:
                ax.bar(x + i * w, y, w, label=d["label"])
        if o.get("horizontal"):
            ax.set_yticks(x, labels)
        else:
            ax.set_xticks(x, labels, rotation=45)
    elif t in ("pie", "donut"):
        ax.pie(nums(sets[0]["data"]), labels=labels, autopct="%1.0f%%",
               wedgeprops={"width": 0.42} if t == "donut" else None)
    elif t in ("scatter", "bubble"):
        for d in sets:
            xs = [p["x"] for p in d["data"]]; ys = [p["y"] for p in d["data"]]
            s = [p.get("r", 1) * 2 for p in d["data"]] if t == "bubble" else None
            ax.scatter(xs, ys, s=s, alpha=0.7, label=d["label"])
    elif t == "histogram":
        ax.hist(nums(sets[0]["data"]), bins="fd")
    elif t == "heatmap":
        m = np.array([nums(d["data"]) for d in sets], dtype=float)
        ax.imshow(m, cmap="Blues", aspect="auto")
        ax.set_xticks(np.arange(len(labels)), labels)
        ax.set_yticks(np.arange(len(sets)), [d["label"] for d in sets])
        for (r, cc), v in np.ndenumerate(m):
            ax.text(cc, r, f"{v:.0f}", ha="center", va="center", fontsize=7)
    elif t == "kpi":
        ax.axis("off")
        ax.text(0, 0.6, f"{sets[0]['data'][-1]:,}", fontsize=40, weight="bold")
        cmp = [d for d in sets if d.get("role") == "comparison"]
        if cmp:
            ax.text(0, 0.3, f"vs {cmp[0]['label']} {cmp[0]['data'][-1]:,}", fontsize=12)
        sp = [d for d in sets if d.get("role") == "sparkline"]
        if sp:
            ins = ax.inset_axes([0, 0, 1, 0.25]); ins.plot(nums(sp[0]["data"])); ins.axis("off")
    elif t == "table":
        ax.axis("off")
        cells = [[l] + [str(d["data"][i]) for d in sets] for i, l in enumerate(labels)]
        ax.table(cellText=cells, colLabels=[o.get("xTitle", "")] + [d["label"] for d in sets], loc="center")
    elif t == "combo":
        ax2 = ax.twinx()
        for d in sets:
            (ax.bar if d.get("type") == "bar" else ax2.plot)(x, nums(d["data"]), label=d["label"])
        ax.set_xticks(x, labels, rotation=45)
    if not labels and not sets:
        ax.text(0.5, 0.5, "No data", ha="center")
    if o.get("title"):
        ax.set_title(o["title"], loc="left", fontweight="bold")
    if len(sets) > 1 and t not in ("heatmap", "kpi", "table", "pie", "donut"):
        ax.legend(loc="upper left", fontsize=8)

def render(entry, dark):
    plt.style.use("dark_background" if dark else "default")
    w, h = entry.get("width") or 640, entry.get("height") or 360
    fig, ax = plt.subplots(figsize=(w / 100, h / 100), dpi=100)
    draw(ax, fig, entry["chart"])
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="svg")
    plt.close(fig)
    return len(buf.getvalue())

def main():
    gallery = json.load(open(sys.argv[1]))
    rounds = int(sys.argv[2])
    render(gallery[0], False)  # warm-up (font cache)
    n = total = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for e in gallery:
            total += render(e, n % 2 == 1)
            n += 1
    secs = time.perf_counter() - start
    print(f"MATPLOTLIB charts={n} seconds={secs} charts_per_second={n / secs} avg_svg_bytes={total // n}")

if __name__ == "__main__":
    main()
