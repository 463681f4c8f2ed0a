#!/usr/bin/env python3
"""Writes the JSON / NDJSON fixtures for Tests/EngineTests/Ingest/JSON (run from this folder).

Contents are literal text (not json.dumps) so that line numbers, escapes and odd spacing are
exactly what the tests expect.
"""

ARRAY = """[
  {"name": "Ann", "age": 34, "score": 1.5, "active": true, "tags": ["a", "b"]},
  {
    "name": "Bob \\"B\\" \\u00e9\\ud83d\\ude00",
    "age": -7,
    "active": false,
    "extra": { "k" : [ 1, 2.50, {"x": "q\\"\\\\\\n"} ], "e": {}, "f": [] }
  },
  {"name": null, "age": 9223372036854775807, "score": 1e3, "big": 9223372036854775808},
  {}
]
"""

# NDJSON with CRLF line ends, blank lines, keys in varying order, and a UTF-8 BOM.
LINES = ("\ufeff" + '{"id": 1, "city": "Zürich"}\r\n'
         "\r\n"
         '{"city": "Oslo", "id": 2, "note": "x"}\n'
         "   \n"
         '{"note": null}\n')

# 100 nested arrays inside a record: deeper than the default limit of 64.
DEEP = '[{"a": ' + "[" * 100 + "]" * 100 + "}]\n"

if __name__ == "__main__":
    open("array.json", "w", encoding="utf-8", newline="").write(ARRAY)
    open("lines.ndjson", "w", encoding="utf-8", newline="").write(LINES)
    open("deep.json", "w", encoding="utf-8", newline="").write(DEEP)
