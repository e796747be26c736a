"""Shared helpers for the real-client groups: JupyterLab in a browser, Binder fidelity, offline.

Each group is opt-in, so the everyday ``python -m pytest`` stays fast on a laptop:

    RUN_BROWSER_TESTS=1  headless Chromium drives JupyterLab          (test_jupyterlab_browser.py)
    RUN_BINDER_TESTS=1   a fresh venv from requirements.txt runs all   (test_binder_fidelity.py)
    RUN_OFFLINE_TESTS=1  every notebook runs with the network cut off  (test_offline_network.py)

``.ci/run`` sets all three. Once a group is asked for, anything it needs that is missing
(Chromium, a notebook, README's badge) FAILS the test; it never skips.

Notebooks are found by glob, so every lesson and solutions notebook added later is covered.
"""
import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NB_DIR = ROOT / "notebooks"
LESSONS = sorted(NB_DIR.glob("[0-9][0-9]*_*.ipynb"))  # 00a, 01a: short lessons between the numbered ones
SOLUTIONS = sorted((NB_DIR / "solutions").glob("*_solutions.ipynb"))
NOTEBOOKS = LESSONS + SOLUTIONS
ARTIFACTS = ROOT / "test-artifacts"

# What a copy of the repo leaves out: environments, caches, git, and work in progress.
_IGNORE = shutil.ignore_patterns(".venv", ".git", ".pytest_cache", "__pycache__", ".ipynb_checkpoints",
                                 "test-artifacts", "staging", "build", "slides", "*.pyc")


def nb_id(path: Path) -> str:
    return path.relative_to(NB_DIR).as_posix()


def opt_in(var: str, what: str):
    """Skip marker for a group that runs only when ``var`` is set to 1."""
    return pytest.mark.skipif(os.environ.get(var) != "1", reason=f"{what}: set {var}=1 to run (.ci/run does)")


def copy_repo(dest: Path) -> Path:
    """A throw-away copy of the repo, so running notebooks never touches the committed files."""
    shutil.copytree(ROOT, dest, ignore=_IGNORE)
    return dest


def image_outputs(path: Path) -> int:
    """How many PNG/JPEG/SVG figures the committed notebook shows."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum(1 for cell in nb["cells"] if cell["cell_type"] == "code"
               for out in cell.get("outputs", [])
               if any(k in out.get("data", {}) for k in ("image/png", "image/jpeg", "image/svg+xml")))


def deferred_figures(path: Path) -> int:
    """Figures that a lesson's reveal cells (tagged nbval-skip, committed empty) draw when a student
    runs them, as "Run all" does: counted in the solutions notebook, which runs the same cells."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    reveal = {"".join(c["source"]) for c in nb["cells"]
              if "nbval-skip" in c.get("metadata", {}).get("tags", [])}
    solutions = path.parent / "solutions" / path.name.replace(".ipynb", "_solutions.ipynb")
    if not reveal or not solutions.exists():
        return 0
    sol = json.loads(solutions.read_text(encoding="utf-8"))
    return sum(1 for c in sol["cells"] if "".join(c["source"]) in reveal
               for out in c.get("outputs", []) if "image/png" in out.get("data", {}))


def clean_env(tmp: Path) -> dict:
    """Environment for a child Jupyter process: no user config, caches or runtime files from this
    machine's home, and no network-seeking extras."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("JUPYTER", "IPYTHON", "PYTEST_", "MPLBACKEND"))}
    for name, sub in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                      ("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython")):
        (tmp / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(tmp / sub)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env
