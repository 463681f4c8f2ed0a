"""`AsyncAiserClient` has exactly the surface of `AiserClient`, and the generated namespaces are current."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

from aiser_sdk import AiserClient, AsyncAiserClient

ROOT = Path(__file__).resolve().parents[1]
NAMESPACES = ["auth", "users", "organizations", "api_keys", "data", "analytics", "ai", "health"]


def public_methods(obj: object) -> dict[str, inspect.Signature]:
    return {n: inspect.signature(getattr(obj, n)) for n in dir(obj) if not n.startswith("_")
            and callable(getattr(obj, n))}


def test_async_namespaces_are_generated_from_the_sync_ones() -> None:
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_async.py"), "--check"])
    assert check.returncode == 0, "run: python sdks/python/scripts/gen_async.py"


def test_the_two_clients_have_the_same_namespaces_and_signatures() -> None:
    sync, asyn = AiserClient(api_key="k"), AsyncAiserClient(api_key="k")
    for ns in NAMESPACES:
        s, a = public_methods(getattr(sync, ns)), public_methods(getattr(asyn, ns))
        assert s.keys() == a.keys(), ns
        for name in s:
            assert str(s[name]).replace("SyncPager", "AsyncPager") == str(a[name]), f"{ns}.{name}"
            pager = "Pager" in str(s[name].return_annotation)
            assert inspect.iscoroutinefunction(getattr(getattr(asyn, ns), name)) is not pager, f"{ns}.{name}"
    assert inspect.iscoroutinefunction(asyn.openapi) and inspect.iscoroutinefunction(asyn.close)
    sync.close()


def test_the_package_is_typed() -> None:
    import aiser_sdk

    assert (Path(aiser_sdk.__file__).parent / "py.typed").exists()


def test_every_namespace_method_names_its_operation() -> None:
    source = (ROOT / "src" / "aiser_sdk" / "resources.py").read_text()
    ids = re.findall(r'Op\(\s*"(\w+)"', source)
    assert len(ids) == len(set(ids)) >= 30
