#!/usr/bin/env python3
"""Live embeds under fan-out: the time from a data replacement to the updated SVG arriving at
N open Server-Sent Events streams of one embedded chart (issue 13; target p99 < 1 s at 100).

Starts `aiser serve` (AISER_BIN, else the debug build) on a free port, uploads a small file,
asks one chart, mints one embed token (every viewer of an embedding page shares it), opens
STREAMS event streams (default 100) on their own sockets, then ROUNDS times (default 20)
replaces the file with new numbers and records, for every stream, when the `render` event with
the new numbers arrived. The peer in the same run is the replacement request itself: its own
answer time (upload, ingest and recomputing the chart) is the floor any viewer could see the
new data at; the push's share is what comes after it.

Prints p50/p95/p99/max from sending the replacement, and from its answer; also the load average."""
import json, os, socket, statistics, subprocess, sys, tempfile, threading, time, urllib.request

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchkit import free_port  # noqa: E402

STREAMS = int(os.environ.get("STREAMS", "100"))
ROUNDS = int(os.environ.get("ROUNDS", "20"))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def csv(round_):
    """Four regions, one of them named after the round, so each round's drawing is recognisable."""
    return "region,revenue\n" + "".join(f"{r},{(i + 1) * 1000 + round_}\n" for i, r in enumerate(
        ["North", "South", "East", f"Zone{round_}"]))


def call(base, method, path, token=None, body=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", content_type)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["data"]


def multipart(content):
    b = "aiser-bench-boundary"
    return (f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sales.csv\"\r\n"
            f"Content-Type: text/csv\r\n\r\n{content}\r\n--{b}--\r\n").encode(), f"multipart/form-data; boundary={b}"


class Stream(threading.Thread):
    """One event stream; records when each awaited marker first arrived."""

    def __init__(self, port, path):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.text, self.arrivals, self.lock = "", {}, threading.Lock()
        self.markers, self.ready = [], threading.Event()

    def expect(self, marker):
        with self.lock:
            self.markers.append(marker)

    def run(self):
        while True:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                return
            now = time.perf_counter()
            with self.lock:
                self.text += chunk.decode("utf-8", "replace")
                if "</svg>" in self.text:
                    self.ready.set()
                for m in self.markers:
                    if m not in self.arrivals and m in self.text:
                        self.arrivals[m] = now
                if len(self.text) > 1 << 20:
                    self.text = self.text[-(1 << 16):]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    binary = os.environ.get("AISER_BIN") or os.path.join(ROOT, ".build", "debug", "aiser")
    work = tempfile.mkdtemp(prefix="aiser-bench-embed.")
    port = int(os.environ["PORT"]) if "PORT" in os.environ else free_port()
    env = dict(os.environ, AISER_ADMIN_EMAIL="admin@example.com", AISER_ADMIN_PASSWORD="bench admin password",
               AISER_BCRYPT_COST="4", AISER_RATE_LIMIT_ANALYTICS="1000000", AISER_RATE_LIMIT_DATA="1000000")
    server = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir",
                               os.path.join(work, "data"), "--log-level", "warning"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        token = call(base, "POST", "/api/v1/auth/login",
                     body={"email": "admin@example.com", "password": "bench admin password"})["access_token"]
        raw, ctype = multipart(csv(0))
        source = call(base, "POST", "/api/v1/data/upload", token, raw=raw, content_type=ctype)["data_source_id"]
        chart = call(base, "POST", "/api/v1/analytics/chart", token,
                     body={"query": "total revenue by region", "data_source": source})["chart_id"]
        url = call(base, "POST", "/api/v1/embed/tokens", token,
                   body={"resource_type": "chart", "resource_id": chart})["url"]
        events = url.replace("?token=", "/events?token=")
        streams = [Stream(port, events) for _ in range(STREAMS)]
        for s in streams:
            s.start()
        for s in streams:
            if not s.ready.wait(60):
                raise SystemExit("a stream did not get its first drawing")
        from_send, from_answer, answers = [], [], []
        for r in range(1, ROUNDS + 1):
            marker = f"Zone{r}<"  # the new region's label in the drawing
            for s in streams:
                s.expect(marker)
            raw, ctype = multipart(csv(r))
            sent = time.perf_counter()
            call(base, "PUT", f"/api/v1/data/sources/{source}/file", token, raw=raw, content_type=ctype)
            answered = time.perf_counter()
            answers.append(answered - sent)
            deadline = time.time() + 30
            while time.time() < deadline and not all(marker in s.arrivals for s in streams):
                time.sleep(0.005)
            missing = sum(marker not in s.arrivals for s in streams)
            if missing:
                raise SystemExit(f"round {r}: {missing} of {STREAMS} streams never got the new numbers ({marker})")
            for s in streams:
                from_send.append(s.arrivals[marker] - sent)
                from_answer.append(max(0.0, s.arrivals[marker] - answered))
            time.sleep(0.2)
        ms = lambda x: f"{x * 1000:.0f} ms"
        print(f"streams {STREAMS}, rounds {ROUNDS}, samples {len(from_send)}, load average {os.getloadavg()}")
        print(f"replacement request (peer: its own answer time): p50 {ms(statistics.median(answers))}, "
              f"max {ms(max(answers))}")
        for name, values in (("update arrival from sending the replacement", from_send),
                             ("update arrival after the replacement's answer", from_answer)):
            print(f"{name}: p50 {ms(pct(values, 50))}, p95 {ms(pct(values, 95))}, p99 {ms(pct(values, 99))}, "
                  f"max {ms(max(values))}")
        p99 = pct(from_send, 99)
        print(f"target p99 < 1 s from sending the replacement: {'met' if p99 < 1 else 'NOT met'} ({ms(p99)})")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
