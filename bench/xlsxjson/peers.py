#!/usr/bin/env python3
"""Peer readers for the benchmark: iterate every row of the same files and count them.

usage: peers.py DIR → prints `peer file rows seconds` lines.
openpyxl read_only (the usual Python .xlsx reader) and the standard json module (C accelerated):
json.load for the array, json.loads per line for NDJSON.
"""
import json
import sys
import time

import openpyxl

d = sys.argv[1]

t = time.process_time()
wb = openpyxl.load_workbook(f"{d}/sales.xlsx", read_only=True)
n = sum(1 for _ in wb.active.iter_rows(values_only=True)) - 1
print(f"openpyxl-read-only sales.xlsx {n} {time.process_time() - t:.3f}")

t = time.process_time()
with open(f"{d}/sales.ndjson") as f:
    n = sum(1 for line in f if line.strip() and json.loads(line) is not None)
print(f"python-json sales.ndjson {n} {time.process_time() - t:.3f}")

t = time.process_time()
with open(f"{d}/sales.json") as f:
    n = len(json.load(f))
print(f"python-json sales.json {n} {time.process_time() - t:.3f}")
