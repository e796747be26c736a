"""Binder fidelity: what Binder builds is requirements.txt (+ runtime.txt) and nothing else.

- runtime.txt names the Python that the environment runs (``python-3.11``) and it is this one;
- no file that would change what Binder (repo2docker) builds: .binder/, binder/, environment.yml,
  Dockerfile, postBuild, apt.txt, setup.py, pyproject.toml, Pipfile, start, ...;
- a fresh venv built from exactly requirements.txt (pip install -r, as Binder does) holds exactly
  the pins (requirements.txt is complete: nothing more, nothing less) and is consistent (pip check);
- every notebook, lesson and solutions, runs in that venv under strict nbval (pytest.ini's own
  options) from a copy of the repo, reproducing its committed outputs;
- README.md's Binder badge opens a notebook that exists.

Opt-in: ``RUN_BINDER_TESTS=1``. Needs the package index (or pip's cache) for the install.
"""
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from clientkit import NB_DIR, NOTEBOOKS, ROOT, copy_repo, opt_in

pytestmark = opt_in("RUN_BINDER_TESTS", "Binder fidelity (builds a fresh environment)")

BADGE = re.compile(r"\[!\[Binder\]\(https://mybinder\.org/badge_logo\.svg\)\]\((https://mybinder\.org/v2/[^)\s]+)\)")
# Files that repo2docker reads besides requirements.txt / runtime.txt: any of them changes the build.
BUILD_CHANGERS = [".binder", "binder", "environment.yml", "environment.yaml", "Dockerfile", "postBuild",
                  "apt.txt", "start", "setup.py", "setup.cfg", "pyproject.toml", "Pipfile", "Pipfile.lock",
                  "install.R", "DESCRIPTION", "Project.toml", "REQUIRE", "default.nix", "requirements-dev.txt"]


def _pins(text: str) -> dict[str, str]:
    pins = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"requirements.txt: {line!r} is not pinned exactly (name==version)"
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    return pins


def test_runtime_txt_names_this_python():
    runtime = ROOT / "runtime.txt"
    assert runtime.exists(), "runtime.txt is missing: Binder would pick its default Python"
    text = runtime.read_text().strip()
    assert re.fullmatch(r"python-3\.\d+", text), f"runtime.txt should read like 'python-3.11', not {text!r}"
    running = f"python-{sys.version_info.major}.{sys.version_info.minor}"
    assert text == running, f"runtime.txt asks for {text}, but the tested environment runs {running}"


def test_nothing_else_changes_the_binder_build():
    present = [name for name in BUILD_CHANGERS if (ROOT / name).exists()]
    assert not present, (f"{present} would change what Binder builds (it should be requirements.txt + "
                         "runtime.txt only)")
    assert (ROOT / "requirements.txt").exists(), "requirements.txt is missing: Binder would install nothing"


def test_readme_badge_opens_an_existing_notebook():
    readme = ROOT / "README.md"
    assert readme.exists(), "README.md is missing (it carries the Binder badge)"
    match = BADGE.search(readme.read_text(encoding="utf-8"))
    assert match, ("README.md has no Binder badge of the form [![Binder](https://mybinder.org/badge_logo.svg)]"
                   "(https://mybinder.org/v2/gh/OWNER/REPO/HEAD?urlpath=lab/tree/notebooks/00_start_here.ipynb)")
    url = urlparse(match.group(1))
    assert url.path.startswith("/v2/gh/") and len(url.path.split("/")) >= 6, f"not a GitHub Binder link: {url.path}"
    urlpath = parse_qs(url.query).get("urlpath", [None])[0]
    assert urlpath, "the Binder badge has no urlpath: it would open the file browser, not a notebook"
    assert urlpath.startswith("lab/tree/"), f"urlpath {urlpath!r} should open JupyterLab (lab/tree/...)"
    target = ROOT / urlpath.removeprefix("lab/tree/")
    assert target.is_file() and target.suffix == ".ipynb", f"the Binder badge opens {urlpath}, which does not exist"


@pytest.fixture(scope="module")
def binder_env(tmp_path_factory):
    """A venv built from exactly requirements.txt, as Binder builds it."""
    tmp = tmp_path_factory.mktemp("binder")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    proc = subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                           "-r", str(ROOT / "requirements.txt")],
                          capture_output=True, text=True, timeout=1800, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, f"pip install -r requirements.txt failed:\n{proc.stderr[-3000:]}"
    return {"tmp": tmp, "python": py}


def test_requirements_txt_is_complete_and_consistent(binder_env):
    py = str(binder_env["python"])
    check = subprocess.run([py, "-m", "pip", "check"], capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, f"pip check:\n{check.stdout}{check.stderr}"
    freeze = subprocess.run([py, "-m", "pip", "freeze", "--all", "--exclude", "pip", "--exclude", "setuptools",
                             "--exclude", "wheel"], capture_output=True, text=True, timeout=300, check=True)
    want = _pins((ROOT / "requirements.txt").read_text())
    for tool in ("pip", "setuptools", "wheel"):
        want.pop(tool, None)
    have = _pins(freeze.stdout)
    assert have == want, ("the environment built from requirements.txt differs from its pins: "
                          f"missing {sorted(set(want) - set(have))}, extra {sorted(set(have) - set(want))}, "
                          f"other versions {sorted(k for k in set(want) & set(have) if want[k] != have[k])}")


def test_every_notebook_runs_in_the_binder_environment(binder_env):
    """Strict nbval (pytest.ini's addopts) over notebooks/, with the Binder venv's own Python and kernel."""
    assert NOTEBOOKS, "no notebooks found"
    repo = copy_repo(binder_env["tmp"] / "repo")
    proc = subprocess.run([str(binder_env["python"]), "-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider",
                           "-o", "console_output_style=classic", str(repo / NB_DIR.name)],
                          cwd=repo, capture_output=True, text=True, timeout=3000, stdin=subprocess.DEVNULL)
    lines = proc.stdout.splitlines()
    summary = [ln for ln in lines if ln.startswith(("FAILED", "ERROR"))] + lines[-1:]
    ok = proc.returncode == 0
    assert ok, ("notebooks fail in the environment Binder builds (strict nbval):\n" + "\n".join(summary)
                + "\n" + proc.stderr[-1500:])
    ran = re.search(r"(\d+) passed", lines[-1] if lines else "")
    assert ran and int(ran.group(1)) > 0, f"nbval ran nothing: {lines[-1:]}"
