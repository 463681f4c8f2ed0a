"""Joins the BENCH lines of both sides into a Markdown table with per-fit ratios."""
import os, platform, statistics, sys


def read(path):
    out = {}
    for line in open(path):
        _, series, model, secs = line.split()
        out[(series, model)] = float(secs)
    return out


ours, theirs = read(sys.argv[1]), read(sys.argv[2])
cpu = os.cpu_count()  # not nproc: it honours OMP_NUM_THREADS
print("# Forecast benchmark: aiser vs statsmodels\n")
print(f"Machine: {platform.machine()}, {cpu} cores (shared). aiser: release build of the Engine, "
      "median of 5 runs; statsmodels: median of 3 runs. Each fit includes a 12-step forecast.")
if os.environ.get("BENCH_LOAD"):
    print(f"Load average (1, 5, 15 min) at start → end: {os.environ['BENCH_LOAD']}.")
print()
print("A reference fit `name:tool` (seasonal automatic search) is timed against aiser's `name`; "
      "the others run statsmodels.")
print()
print("| series | fit | aiser (ms) | reference (ms) | speed-up |")
print("|---|---|---:|---:|---:|")
ratios = {}
for key in sorted(theirs):
    mine = (key[0], key[1].split(":")[0])
    if mine not in ours:
        continue
    a, b = ours[mine] * 1000, theirs[key] * 1000
    ratios.setdefault(key[1], []).append(b / a)
    print(f"| {key[0]} | {key[1]} | {a:.2f} | {b:.1f} | {b / a:.1f}× |")
print("\n| fit | geometric-mean speed-up | min | max |")
print("|---|---:|---:|---:|")
for model, rs in sorted(ratios.items()):
    print(f"| {model} | {statistics.geometric_mean(rs):.1f}× | {min(rs):.1f}× | {max(rs):.1f}× |")
