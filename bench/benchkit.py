"""What the Python benchmarks share: the binary under test and a free local port.

Each script puts bench/ on its import path and imports from here:

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from benchkit import ROOT, binary, free_port
"""
import os
import socket
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary():
    """AISER_BIN, else the release build if present, else the debug build's binary."""
    if os.environ.get("AISER_BIN"):
        return os.environ["AISER_BIN"]
    release = os.path.join(ROOT, ".build/release/aiser")
    if os.path.exists(release):
        return release
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True).stdout
    return os.path.join(path.strip(), "aiser")


def free_port():
    """A local TCP port nothing listens on now."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port
