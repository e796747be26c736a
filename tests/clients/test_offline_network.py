"""Offline: no notebook touches the network.

Every lesson and solutions notebook is executed (nbconvert, fresh kernel, a throw-away copy of the
repo) with the network cut off in two layers:

1. a network namespace (``unshare -n``, util-linux; needs root or user namespaces) in which only
   loopback exists, so nothing can leave the machine whatever library tries;
2. a socket guard loaded into the kernel (an IPython startup file installing a ``sys.addaudithook``):
   any DNS lookup or connect to a non-loopback address raises and is written to a log, so even an
   attempt a notebook catches and hides is seen. The test fails if the log is not empty.

Where no namespace can be made (a laptop without root), the guard alone runs; set
``OFFLINE_REQUIRE_NETNS=1`` (``.ci/run`` does) to fail instead. Two probes prove each layer bites:
a snippet that tries to reach pypi.org must fail under the namespace alone and under the guard alone.

Opt-in: ``RUN_OFFLINE_TESTS=1``.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from clientkit import NOTEBOOKS, ROOT, clean_env, copy_repo, nb_id, opt_in

pytestmark = opt_in("RUN_OFFLINE_TESTS", "notebooks with the network cut off")

NB_TIMEOUT_S = 180

# Brings loopback up inside a fresh network namespace (no `ip` needed), then runs the command.
LO_UP_EXEC = """\
import fcntl, os, socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
flags = struct.unpack('16sh', fcntl.ioctl(s, 0x8913, struct.pack('16sh', b'lo', 0)))[1]   # SIOCGIFFLAGS
fcntl.ioctl(s, 0x8914, struct.pack('16sh', b'lo', flags | 1))                            # SIOCSIFFLAGS: up
s.close()
os.execvp(sys.argv[1], sys.argv[1:])
"""

GUARD = '''\
# Installed by tests/clients/test_offline_network.py: any attempt to reach the network from the kernel
# is logged and refused.
import os as _os, socket as _socket, sys as _sys

def _network_guard(event, args, _log=_os.environ["NETWORK_GUARD_LOG"]):
    if not event.startswith("socket."):
        return
    def local(host):
        host = host.decode() if isinstance(host, bytes) else str(host)
        return host in ("", "localhost", "::1", "None") or host.startswith("127.")
    bad = None
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                 "socket.gethostbyaddr") and not local(args[0]):
        bad = args[0]
    elif event in ("socket.connect", "socket.sendto") and args[0].family in (_socket.AF_INET, _socket.AF_INET6):
        address = args[1]
        if not local(address[0]):
            bad = address
    if bad is not None:
        with open(_log, "a") as fh:
            fh.write(f"{event} {bad!r}\\n")
        raise PermissionError(f"network access refused by the offline test: {event} {bad!r}")

_sys.addaudithook(_network_guard)
'''

PROBE = "import socket\nsocket.create_connection(('pypi.org', 443), timeout=5)\n"


def _netns_available() -> bool:
    unshare = shutil.which("unshare")
    if not unshare:
        return False
    try:
        return subprocess.run([unshare, "-n", "true"], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("offline")
    repo = copy_repo(tmp / "repo")
    netns = _netns_available()
    if not netns and os.environ.get("OFFLINE_REQUIRE_NETNS") == "1":
        pytest.fail("OFFLINE_REQUIRE_NETNS=1 but `unshare -n` cannot make a network namespace here",
                    pytrace=False)
    log = tmp / "network-attempts.log"

    def run(notebook: Path, *, use_netns: bool = netns, guard: bool = True):
        """Execute ``notebook`` on a fresh kernel, offline; returns (completed process, attempts)."""
        run_dir = tmp / f"run-{notebook.stem}-{int(use_netns)}{int(guard)}"
        env = clean_env(run_dir)
        if guard:
            startup = Path(env["IPYTHONDIR"]) / "profile_default" / "startup"
            startup.mkdir(parents=True)
            (startup / "00-network-guard.py").write_text(GUARD)
        env["NETWORK_GUARD_LOG"] = str(log)
        log.write_text("")
        cmd = [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
               f"--ExecutePreprocessor.timeout={NB_TIMEOUT_S}", "--output-dir", str(run_dir / "out"),
               str(notebook)]
        if use_netns:
            cmd = ["unshare", "-n", sys.executable, "-c", LO_UP_EXEC] + cmd
        proc = subprocess.run(cmd, cwd=notebook.parent, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=NB_TIMEOUT_S + 120)
        return proc, log.read_text().splitlines()

    def probe() -> Path:
        path = tmp / "probe" / "probe.ipynb"
        path.parent.mkdir(exist_ok=True)
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE)])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, path)
        return path

    return {"repo": repo, "netns": netns, "run": run, "probe": probe}


def test_the_guard_bites(offline):
    """A notebook that tries to reach pypi.org fails under the guard, and the attempt is logged."""
    proc, attempts = offline["run"](offline["probe"](), use_netns=False, guard=True)
    assert proc.returncode != 0, "the probe reached the network: the guard did not load into the kernel"
    assert "PermissionError" in proc.stderr and any("pypi.org" in a for a in attempts), proc.stderr[-2000:]


def test_the_namespace_bites(offline):
    """The same probe fails in the network namespace with no guard: nothing but loopback exists."""
    if not offline["netns"]:
        pytest.skip("no network namespace here (unshare -n failed): the guard alone protects the run")
    proc, attempts = offline["run"](offline["probe"](), use_netns=True, guard=False)
    assert proc.returncode != 0, "the probe reached the network from inside the namespace"
    assert "PermissionError" not in proc.stderr and not attempts
    assert any(s in proc.stderr for s in ("gaierror", "unreachable", "Name or service", "name resolution")), \
        proc.stderr[-2000:]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=nb_id)
def test_notebook_runs_offline(offline, path):
    copy = offline["repo"] / path.relative_to(ROOT)
    proc, attempts = offline["run"](copy)
    where = "in a network namespace with the socket guard" if offline["netns"] else "under the socket guard"
    assert not attempts, f"{nb_id(path)} tried to reach the network ({where}):\n" + "\n".join(attempts)
    assert proc.returncode == 0, f"{nb_id(path)} failed offline ({where}):\n{proc.stderr[-3000:]}"
