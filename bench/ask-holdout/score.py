#!/usr/bin/env python3
"""Scores an aiser binary on the blind held-out ask set (questions.json, written by make.py).

  AISER_BIN=/path/to/aiser python3 score.py [--failures] [--table NAME]
  python3 score.py --self-check   (checks the scorer against the expectations; no binary)

Runs `$AISER_BIN ask --format json --data data/<table>.csv --questions <file>` once per table
(one JSON answer per line) and compares each answer with the DuckDB-computed expectation:
values equal within 1e-6 relative; labels compared as strings, numeric labels normalised
("1" == "1.0") and a date label matched by its year or month when the expectation is one;
`ordered` questions compare order; `multi` accepts either grouping on the axis; `refuse` is
right only when refused (an error object or a non-zero exit), and an answer to it with a
confidence at or above the threshold (the one the output reports, else 0.5) is "confident
wrong". A measurement, not a test: always exits 0.
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_THRESHOLD = 0.5
REL = 1e-6


def close(expected, got):
    if expected is None or got is None:
        return expected is None and got is None
    try:
        a, b = float(expected), float(got)
    except (TypeError, ValueError):
        return False
    if math.isnan(a) or math.isnan(b):
        return False
    return abs(a - b) <= REL * max(abs(a), abs(b)) or abs(a - b) < 1e-9


def norm(label):
    text = str(label).strip()
    try:
        return repr(float(text))
    except ValueError:
        return text.lower()


def label_eq(expected, got):
    if norm(expected) == norm(got):
        return True
    e, g = str(expected).strip(), str(got).strip()
    if re.fullmatch(r"\d{4}", e):
        return re.fullmatch(re.escape(e) + r"(-01(-01)?)?([T ]00:00(:00)?.*)?", g) is not None
    if re.fullmatch(r"\d{4}-\d{2}", e):
        return re.fullmatch(re.escape(e) + r"(-01)?([T ]00:00(:00)?.*)?", g) is not None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", e):
        return re.fullmatch(re.escape(e) + r"([T ]00:00(:00)?.*)?", g) is not None
    return False


def match_labels(expected, got):
    """Maps each expected label to the index of an equal got label, one to one; None if not."""
    used, mapping = set(), []
    for e in expected:
        hit = next((i for i, g in enumerate(got) if i not in used and label_eq(e, g)), None)
        if hit is None:
            return None
        used.add(hit)
        mapping.append(hit)
    return mapping


def chart(answer):
    data = (answer.get("chart_data") or {}).get("data") or {}
    labels = data.get("labels") or []
    datasets = [d for d in data.get("datasets") or [] if isinstance(d, dict)]
    return labels, datasets


def judge(question, answer):
    """Returns (right, why)."""
    kind = question["kind"]
    refused = "error" in answer or "chart_data" not in answer
    if kind == "refuse":
        return (True, "refused") if refused else (False, "answered")
    if refused:
        return False, "refused: " + str(answer.get("error", ""))[:160]
    labels, datasets = chart(answer)
    want_labels, want = question["labels"], question["datasets"]
    if kind == "kpi":
        values = [v for d in datasets for v in d.get("data") or [] if v is not None]
        if len(values) != 1:
            return False, f"{len(values)} values for one"
        return (True, "") if close(want[0][0], values[0]) else (False, f"value {values[0]}")
    if kind == "multi":
        return judge_multi(want_labels, want, labels, datasets)
    if len(datasets) != 1:
        return False, f"{len(datasets)} datasets for one measure"
    values = datasets[0].get("data") or []
    expected = list(zip(want_labels, want[0]))
    if kind == "growth":
        # the first label has no previous period: the answer may show it (any value) or not
        expected = [(l, v) for l, v in expected if v is not None]
        optional = [l for l, v in zip(want_labels, want[0]) if v is None]
        got = [(l, v) for l, v in zip(labels, values)
               if not any(label_eq(o, l) for o in optional)]
    else:
        got = list(zip(labels, values))
    if len(got) != len(expected):
        return False, f"{len(got)} labels for {len(expected)}"
    mapping = match_labels([l for l, _ in expected], [l for l, _ in got])
    if mapping is None:
        return False, "labels differ"
    if question["ordered"] and mapping != sorted(mapping):
        return False, "order differs"
    for (label, value), index in zip(expected, mapping):
        if not close(value, got[index][1]):
            return False, f"{label}: {got[index][1]} for {value}"
    return True, ""


def triples(labels, datasets):
    out = {}
    for d in datasets:
        for label, value in zip(labels, d.get("data") or []):
            if value is not None:
                out[(str(label), str(d.get("label")))] = value
    return out


def judge_multi(want_labels, want, labels, datasets):
    expected = triples(want_labels, want)
    got = triples(labels, datasets)
    for flip in (False, True):
        keys = {((b, a) if flip else (a, b)): v for (a, b), v in expected.items()}
        if len(keys) != len(got):
            continue
        ok = True
        for (a, b), value in keys.items():
            hit = next((k for k in got if label_eq(a, k[0]) and label_eq(b, k[1])), None)
            if hit is None or not close(value, got[hit]):
                ok = False
                break
        if ok:
            return True, ""
    return False, f"{len(got)} cells for {len(expected)}, or values differ"


def ask_batch(binary, table, questions):
    csv = os.path.join(HERE, "data", f"{table}.csv")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(q["question"] for q in questions) + "\n")
        path = handle.name
    try:
        run = subprocess.run([binary, "ask", "--format", "json", "--data", csv, "--questions", path],
                             capture_output=True, text=True, timeout=600)
    finally:
        os.unlink(path)
    answers = [parse(line) for line in run.stdout.splitlines() if line.strip()]
    if len(answers) == len(questions) and all(
            a.get("question", q["question"]) == q["question"] for a, q in zip(answers, questions)):
        return answers
    # the batch stopped or went out of step: ask one at a time
    return [ask_one(binary, csv, q["question"]) for q in questions]


def ask_one(binary, csv, question):
    run = subprocess.run([binary, "ask", question, "--format", "json", "--data", csv],
                         capture_output=True, text=True, timeout=120)
    lines = [l for l in run.stdout.splitlines() if l.strip()]
    if lines:
        return parse(lines[-1])
    return {"error": f"exit {run.returncode}: {run.stderr.strip()[:200]}"}


def parse(line):
    try:
        value = json.loads(line)
        return value if isinstance(value, dict) else {"error": f"not an object: {line[:100]}"}
    except json.JSONDecodeError:
        return {"error": f"not JSON: {line[:100]}"}


def threshold(answer):
    for key in ("confidence_threshold", "threshold"):
        if isinstance(answer.get(key), (int, float)):
            return float(answer[key])
    return DEFAULT_THRESHOLD


def pct(right, total):
    return f"{100.0 * right / total:5.1f} % ({right}/{total})" if total else "n/a"


def as_answer(q, labels=None, datasets=None, scale=1.0):
    """An answer in the CLI's JSON shape holding a question's expectation (for --self-check)."""
    labels = q["labels"] if labels is None else labels
    datasets = q["datasets"] if datasets is None else datasets
    if q["kind"] == "refuse":
        return {"error": "refused"}
    if q["kind"] == "kpi":
        labels = ["Value"]
    shaped = [{"label": d.get("label"), "data": [None if v is None else v * scale for v in d["data"]]}
              if isinstance(d, dict) else {"label": "Value", "data": [None if v is None else v * scale
                                                                        for v in d]}
              for d in datasets]
    return {"chart_data": {"data": {"labels": labels, "datasets": shaped}}, "confidence": 1}


def self_check():
    """Every expectation scores right as an answer, scaled values score wrong, multi flips."""
    with open(os.path.join(HERE, "questions.json")) as handle:
        questions = json.load(handle)
    problems = []
    for q in questions:
        if not judge(q, as_answer(q))[0]:
            problems.append(f"rejects its own expectation: {q['question']}")
        if q["kind"] != "refuse" and judge(q, as_answer(q, scale=1.001))[0] and any(
                v for d in q["datasets"] for v in (d["data"] if isinstance(d, dict) else d) if v):
            problems.append(f"accepts values 0.1 % off: {q['question']}")
        if q["kind"] == "multi":
            series = [d["label"] for d in q["datasets"]]
            flipped = [{"label": a, "data": [d["data"][i] for d in q["datasets"]]}
                       for i, a in enumerate(q["labels"])]
            if not judge(q, as_answer(q, labels=series, datasets=flipped))[0]:
                problems.append(f"rejects the other grouping: {q['question']}")
        if q["kind"] != "refuse" and judge(q, {"error": "no"})[0]:
            problems.append(f"accepts a refusal: {q['question']}")
        if q["kind"] == "refuse" and judge(q, as_answer({**q, "kind": "kpi"}, [], [[1.0]]))[0]:
            problems.append(f"accepts an answer to an unanswerable question: {q['question']}")
    for q in questions:
        if q["ordered"] and len(q["labels"]) > 1:
            backwards = [list(reversed(q["datasets"][0]))]
            if judge(q, as_answer(q, labels=list(reversed(q["labels"])), datasets=backwards))[0]:
                problems.append(f"ignores order: {q['question']}")
    print("\n".join(problems) or f"self-check: the scorer accepts all {len(questions)} expectations "
          "and rejects refusals, values 0.1 % off, wrong order and answered refusals")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list failing questions")
    parser.add_argument("--table", help="score one table only")
    parser.add_argument("--self-check", action="store_true",
                        help="check the scorer against the expectations themselves (no binary)")
    args = parser.parse_args()
    if args.self_check:
        self_check()
        return
    binary = os.environ.get("AISER_BIN")
    if not binary:
        print("set AISER_BIN to the aiser binary to score", file=sys.stderr)
        return
    with open(os.path.join(HERE, "questions.json")) as handle:
        questions = json.load(handle)
    by_table = defaultdict(list)
    for q in questions:
        if not args.table or q["table"] == args.table:
            by_table[q["table"]].append(q)
    results = []
    for table, qs in by_table.items():
        for q, answer in zip(qs, ask_batch(binary, table, qs)):
            right, why = judge(q, answer)
            results.append((q, answer, right, why))
    total = len(results)
    right = sum(r for _, _, r, _ in results)
    print(f"aiser ask, blind held-out set: {pct(right, total)}")
    for key in ("level", "kind", "table"):
        groups = defaultdict(lambda: [0, 0])
        for q, _, r, _ in results:
            groups[q[key]][0] += r
            groups[q[key]][1] += 1
        print(f"by {key}:")
        for name in sorted(groups):
            print(f"  {name:14} {pct(*groups[name])}")
    refuse = [(q, a, r) for q, a, r, _ in results if q["kind"] == "refuse"]
    print(f"refused correctly: {sum(r for _, _, r in refuse)}/{len(refuse)}")
    confident = sum(1 for _, a, r in refuse if not r and (a.get("confidence") or 0) >= threshold(a))
    print(f"confident wrong on unanswerable questions: {confident}")
    answerable_wrong = [(q, a) for q, a, r, _ in results
                        if q["kind"] != "refuse" and not r and "error" not in a]
    confident_any = sum(1 for _, a in answerable_wrong if (a.get("confidence") or 0) >= threshold(a))
    print(f"wrong answers (not refusals) on answerable questions: {len(answerable_wrong)}, "
          f"of them with confidence at or above the threshold: {confident_any}")
    if args.failures:
        print("\nfailures:")
        for q, a, r, why in results:
            if r:
                continue
            print(f"- [{q['table']}/{q['kind']}/{q['level']}] {q['question']}\n    why: {why}")
            if "chart_data" in a:
                labels, datasets = chart(a)
                shown = [{"label": d.get("label"), "data": (d.get("data") or [])[:8]} for d in datasets]
                print(f"    got: {a.get('interpretation')} (confidence {a.get('confidence')}) "
                      f"labels {labels[:8]} datasets {shown}")
            if q["kind"] != "refuse":
                print(f"    want: labels {q['labels'][:8]} datasets {json.dumps(q['datasets'])[:200]}")


if __name__ == "__main__":
    main()
