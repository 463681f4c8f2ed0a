"""Writes src/aiser_sdk/async_resources.py from src/aiser_sdk/resources.py: the same namespaces
with `async def` methods (list methods return an `AsyncPager`, which is not awaited).

Run it after editing resources.py; tests/test_surface.py fails while the two differ."""

from __future__ import annotations

import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "aiser_sdk"
METHOD = re.compile(r"^    def (\w+)\((.*?)\) -> (.*?):\n", re.S | re.M)


def generate(source: str) -> str:
    out = source.replace(
        '"""The synchronous namespaces of `AiserClient`, one per API resource.\n\n'
        '`async_resources.py` is generated from this file by `scripts/gen_async.py`; edit this one."""',
        '"""The namespaces of `AsyncAiserClient`: generated from resources.py by scripts/gen_async.py.\n\n'
        'Do not edit: edit resources.py and run `python scripts/gen_async.py`."""',
    )
    out = out.replace("SyncPager", "AsyncPager")
    out = re.sub(r"^class (\w+)\(_Namespace\):", r"class Async\1(_Namespace):", out, flags=re.M)

    def method(m: re.Match[str]) -> str:
        if m.group(1).startswith("_") or "Pager" in m.group(3):
            return m.group(0)
        return "    async " + m.group(0)[4:]

    out = METHOD.sub(method, out)
    # Inside async methods, await the request (pager lambdas return the coroutine to the pager).
    out = re.sub(r"^(        )return self\._client\._request\(", r"\1return await self._client._request(", out, flags=re.M)
    return out


def main() -> int:
    target = SRC / "async_resources.py"
    text = generate((SRC / "resources.py").read_text())
    if "--check" in sys.argv:
        return 0 if target.exists() and target.read_text() == text else 1
    target.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
