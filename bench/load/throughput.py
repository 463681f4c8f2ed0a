"""wrk on the main reads and writes of `aiser serve`, and the login flood (issue 17).

Each case runs wrk for SECONDS with a Lua script that counts the answers by status; a case
passes when no answer is a 5xx (the heavy-work scheduler's 503 is counted apart: it is the
documented back-pressure, and the cases stay inside its queue). The login flood runs on its own
server with the production bcrypt cost (12; 10 in the quick run), once with the rate limits lifted (the bcrypt work
itself) while a client measures light requests beside it, and once with the default
authentication limit (5 per minute per client), where the flood must get 429s and nothing else
may slow down.
"""
import json
import os
import subprocess
import tempfile
import threading
import time

LUA = r"""
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {}; n = 0 end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do total[k] = (total[k] or 0) + v end
  end
  for k, v in pairs(total) do io.write(string.format("status %d %d\n", k, v)) end
  io.write(string.format("latency %.3f %.3f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("rate %.1f\n", summary.requests / (summary.duration / 1e6)))
  local e = summary.errors
  io.write(string.format("errors %d\n", e.connect + e.read + e.write + e.timeout))
end
"""


def lua_string(value):
    return json.dumps(value)  # a JSON string literal is a valid Lua string literal for ASCII text


def requests_lua(requests):
    """A `request` function cycling through (method, path, body) triples."""
    rows = ",\n".join("{%s, %s, %s}" % (lua_string(m), lua_string(p), lua_string(json.dumps(b)) if b else "nil")
                      for m, p, b in requests)
    return ("local rows = {\n" + rows + "\n}\n"
            "function request()\n"
            "  n = n + 1\n"
            "  local r = rows[n % #rows + 1]\n"
            "  local headers = {}\n"
            "  for k, v in pairs(wrk.headers) do headers[k] = v end\n"
            "  if r[3] then headers[\"Content-Type\"] = \"application/json\" end\n"
            "  return wrk.format(r[1], r[2], headers, r[3])\n"
            "end\n")


def wrk(port, token, requests, seconds, connections):
    """Runs wrk; answers {"statuses": {code: count}, "p50": ms, "p99": ms, "rate": req/s}."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(LUA + requests_lua(requests))
        script = f.name
    try:
        command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "60s", "-s", script,
               f"http://127.0.0.1:{port}"]
        if token:
            command[1:1] = ["-H", f"Authorization: Bearer {token}"]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(script)
    result = {"statuses": {}}
    for line in out.splitlines():
        words = line.split()
        if words[:1] == ["status"]:
            result["statuses"][int(words[1])] = int(words[2])
        elif words[:1] == ["latency"]:
            result["p50"], result["p99"] = float(words[1]), float(words[2])
        elif words[:1] == ["rate"]:
            result["rate"] = float(words[1])
        elif words[:1] == ["errors"]:
            result["errors"] = int(words[1])
    return result


def report(name, result, expected=range(200, 300)):
    """Prints a case's line; answers its failures: a 5xx but the scheduler's 503, an answer not in
    `expected`, a socket error or timeout."""
    statuses = ", ".join(f"{k}×{v}" for k, v in sorted(result["statuses"].items()))
    errors = f", {result['errors']} socket errors/timeouts" if result["errors"] else ""
    print(f"{name:<44}{result['rate']:>9.0f}/s{result['p50']:>9.1f}ms{result['p99']:>9.1f}ms   {statuses}{errors}")
    failures = [f"{name}: {k}×{v}" for k, v in result["statuses"].items() if k != 503 and k not in expected]
    return failures + ([f"{name}: {result['errors']} socket errors"] if result["errors"] else [])


def reads_and_writes(server, token, user_id, source, seconds):
    """The main reads and writes at 16 connections (questions at 8: the scheduler's queue)."""
    status, made = server.json("POST", "/api/v1/analytics/chart", token,
                               {"query": "total revenue by region", "data_source": source})
    if status != 200 and status != 201:
        raise SystemExit(f"load: creating a chart failed with {status}: {made}")
    chart = made["data"]["chart_id"]
    questions = ["total revenue by region", "average units by product", "revenue by month",
                 "how many rows", "top 3 products by revenue", "units by region and product"]
    cases = [
        ("GET /api/v1/data/sources", [("GET", "/api/v1/data/sources", None)], 16),
        ("GET /api/v1/analytics/charts", [("GET", "/api/v1/analytics/charts?limit=20", None)], 16),
        ("GET /api/v1/analytics/chart/{id}", [("GET", f"/api/v1/analytics/chart/{chart}", None)], 16),
        ("GET /api/v1/search?q=revenue", [("GET", "/api/v1/search?q=revenue", None)], 16),
        ("POST /api/v1/analytics/chart (questions)",
         [("POST", "/api/v1/analytics/chart", {"query": q, "data_source": source}) for q in questions], 8),
        ("PUT /api/v1/analytics/chart/{id}",
         [("PUT", f"/api/v1/analytics/chart/{chart}", {"options": {"theme": t}}) for t in ["dark", "light"]], 16),
        ("POST /api/v1/dashboards",
         [("POST", "/api/v1/dashboards", {"name": f"Load {i}", "description": "load check",
                                           "layout": [{"chart_id": chart, "position": {"x": 0, "y": 0, "w": 6, "h": 4}}]})
          for i in range(50)], 16),
        ("PUT /api/v1/users/{id}",
         [("PUT", f"/api/v1/users/{user_id}", {"first_name": f"Load{i}"}) for i in range(20)], 16),
    ]
    print(f"reads and writes: wrk, {seconds} s each")
    print(f"{'request':<44}{'rate':>11}{'p50':>11}{'p99':>11}   answers")
    failures = []
    for name, requests, connections in cases:
        failures += report(name, wrk(server.port, token, requests, seconds, connections))
    return failures


def login_flood(make_server, latencies, p, seconds, samples, quick):
    """32 connections posting logins (right and wrong passwords alternating) at bcrypt cost 12
    (the quick run: 8 connections at cost 10, a quarter of the work per check, so that a debug
    build's slow bcrypt drains its queue in seconds)."""
    cost, connections = ("10", 8) if quick else ("12", 32)
    failures = []
    body_ok = {"email": "load@example.com", "password": "load admin password"}
    body_bad = {"email": "load@example.com", "password": "not the password"}
    flood = [("POST", "/api/v1/auth/login", body_ok), ("POST", "/api/v1/auth/login", body_bad)]
    print(f"login flood: wrk, {connections} connections, {seconds} s, bcrypt cost {cost}")
    print(f"{'case':<44}{'rate':>11}{'p50':>11}{'p99':>11}   answers")
    for label, limited in [("limits lifted", False), ("default limit (5/min)", True)]:
        settings = {"AISER_BCRYPT_COST": cost}
        if limited:
            settings["AISER_RATE_LIMIT_AUTH"] = "5"
        server = make_server(settings)
        try:
            _, login = server.json("POST", "/api/v1/auth/login", body=body_ok)
            token = login["data"]["access_token"]
            idle = latencies(server, token, samples)
            result, during = {}, ([], [], [])

            def run():
                result.update(wrk(server.port, None, flood, seconds, connections))

            thread = threading.Thread(target=run)
            thread.start()
            time.sleep(0.5)
            while thread.is_alive() and len(during[1]) < samples:  # light requests while the flood lasts
                for a, b in zip(during, latencies(server, token, 1)):
                    a.extend(b)
            thread.join()
            failures += report(f"POST /api/v1/auth/login, {label}", result, expected={200, 401, 429})
            print(f"{'':<4}GET /api/v1/data/sources beside it: p99 idle {p(idle[1], .99):.1f} ms, "
                  f"during {p(during[1], .99):.1f} ms ({p(during[1], .99) / p(idle[1], .99):.1f}x); "
                  f"/healthz p99 {p(idle[0], .99):.1f} → {p(during[0], .99):.1f} ms")
            failures += [f"light request answered {s}" for s in idle[2] + during[2]]
            if limited and not result["statuses"].get(429):
                failures.append("the limited login flood got no 429")
        finally:
            server.stop()
    return failures
