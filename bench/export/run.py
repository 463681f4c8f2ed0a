#!/usr/bin/env python3
"""Export throughput of `aiser serve` against a headless-browser screenshot of the same chart.

Starts the server (scripts/serve_fixture.py: AISER_BIN, else .build/debug/aiser) on port 18610
(PORT overrides; PORT+1 for the cached server)
with the export cache off, so every export is drawn (the cached figure is measured separately),
asks one chart of a small sales table, then in the same run:
  - PNG and PDF exports/s through `GET /api/v1/export/chart/{id}` on one keep-alive connection;
  - the same chart's page (`/charts/{id}`, shared publicly) loaded and screenshot by
    chromium-headless-shell over the DevTools pipe (scripts/cdp.py), screenshots/s.
Prints the figures and the PNG/screenshot ratio (target: ≥ 10×).

    bench/export/run.py [N]     # N exports per format (default 200), N/4 screenshots
"""

from __future__ import annotations

import http.client
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
from cdp import Browser  # noqa: E402
from serve_fixture import Server  # noqa: E402


def exports(server: Server, chart: str, fmt: str, n: int) -> tuple[float, list[float], int]:
    connection = http.client.HTTPConnection("127.0.0.1", int(server.base.rsplit(":", 1)[1]), timeout=60)
    headers = {"Authorization": "Bearer " + server.token}
    times, size = [], 0
    start = time.perf_counter()
    for _ in range(n):
        t = time.perf_counter()
        connection.request("GET", f"/api/v1/export/chart/{chart}?format={fmt}&width=640&height=360", headers=headers)
        answer = connection.getresponse()
        body = answer.read()
        assert answer.status == 200, (answer.status, body[:200])
        times.append(time.perf_counter() - t)
        size = len(body)
    total = time.perf_counter() - start
    connection.close()
    return n / total, times, size


def screenshots(server: Server, chart: str, n: int) -> tuple[float, list[float], int]:
    browser = Browser(width=640, height=360)
    try:
        url = f"{server.base}/charts/{chart}"
        browser.navigate(url)  # warm the browser once
        times, size = [], 0
        start = time.perf_counter()
        for _ in range(n):
            t = time.perf_counter()
            browser.call("Page.navigate", session=True, url=url)
            browser.wait_for("document.readyState === 'complete' && document.querySelector('svg') !== null")
            size = len(browser.screenshot())
            times.append(time.perf_counter() - t)
        return n / (time.perf_counter() - start), times, size
    finally:
        browser.close()


def ms(values: list[float], q: float) -> str:
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.1f} ms"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print("uptime:", os.popen("uptime").read().strip())
    port = int(os.environ.get("PORT", "18610"))
    server = Server(port, AISER_EXPORT_CACHE_ENTRIES="0")
    cached = Server(port + 1)
    try:
        chart = server.chart(server.upload(), settings={"public": True})
        png_rate, png_times, png_size = exports(server, chart, "png", n)
        pdf_rate, pdf_times, pdf_size = exports(server, chart, "pdf", n)
        shot_rate, shot_times, shot_size = screenshots(server, chart, max(5, n // 4))
        hit = cached.chart(cached.upload())
        hit_rate, hit_times, _ = exports(cached, hit, "png", n)
        print(f"PNG export (drawn each time): {png_rate:.1f}/s, p50 {ms(png_times, .5)}, p99 {ms(png_times, .99)}, "
              f"{png_size} B")
        print(f"PDF export (drawn each time): {pdf_rate:.1f}/s, p50 {ms(pdf_times, .5)}, p99 {ms(pdf_times, .99)}, "
              f"{pdf_size} B")
        print(f"PNG export from the cache:    {hit_rate:.1f}/s, p50 {ms(hit_times, .5)}")
        print(f"chromium screenshot of /charts/{{id}}: {shot_rate:.1f}/s, p50 {ms(shot_times, .5)}, "
              f"p99 {ms(shot_times, .99)}, {shot_size} B")
        print(f"PNG export vs screenshot: {png_rate / shot_rate:.1f}x (target >= 10x); "
              f"median {statistics.median(shot_times) / statistics.median(png_times):.1f}x")
    finally:
        server.close()
        cached.close()
    print("uptime:", os.popen("uptime").read().strip())


if __name__ == "__main__":
    main()
