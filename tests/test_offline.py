"""Offline: every notebook runs, and reproduces its outputs, with the network cut off.

The notebooks run under strict nbval inside a new network namespace (`unshare -n`) that has only
a loopback interface: the kernel still talks to pytest over 127.0.0.1, but nothing can leave the
machine. A notebook that tried to reach the network would fail its cell.

Opt-in (it needs root for the namespace): RUN_OFFLINE_TESTS=1 python -m pytest tests/test_offline.py
.ci/run sets the variable, and there a machine without network namespaces fails instead of skipping.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENABLED = os.environ.get("RUN_OFFLINE_TESTS") == "1"
pytestmark = pytest.mark.skipif(not ENABLED, reason="set RUN_OFFLINE_TESTS=1 to run the offline group")


def in_namespace(command: str, timeout: int) -> subprocess.CompletedProcess:
    """Run a shell command in a fresh network namespace with only loopback up."""
    assert shutil.which("unshare") and shutil.which("ip"), "unshare and ip (util-linux, iproute2) are needed"
    return subprocess.run(["unshare", "-n", "sh", "-c", f"ip link set lo up && {command}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_the_namespace_really_has_no_network():
    """The guard bites: inside it there is no route out and no name resolution."""
    probe = ("import socket\n"
             "try:\n"
             "    socket.getaddrinfo('pypi.org', 443)\n"
             "    print('RESOLVED')\n"
             "except OSError as exc:\n"
             "    print('BLOCKED', type(exc).__name__)\n")
    result = in_namespace(f"ip route; {sys.executable} -c \"{probe}\"", timeout=60)
    assert result.returncode == 0, result.stderr
    assert "default" not in result.stdout, "the namespace has a default route"
    assert "BLOCKED" in result.stdout and "RESOLVED" not in result.stdout


def test_every_notebook_runs_offline():
    notebooks = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "notebooks").rglob("*.ipynb")
                       if ".ipynb_checkpoints" not in p.parts)
    assert notebooks
    cmd = f"{sys.executable} -m pytest -q -p no:cacheprovider {' '.join(notebooks)}"
    result = in_namespace(cmd, timeout=1800)
    tail = "\n".join(result.stdout.splitlines()[-30:])
    assert result.returncode == 0, f"notebooks failed offline:\n{tail}\n{result.stderr[-2000:]}"
