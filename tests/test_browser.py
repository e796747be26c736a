"""JupyterLab in a real browser: each notebook is opened in headless Chromium, its outputs are
cleared, all cells are run through the interface, and the test asserts that no cell shows an error
or stderr and that every figure rendered. A screenshot per notebook goes to test-artifacts/browser/.

Opt-in (it needs Debian's chromium): RUN_BROWSER_TESTS=1 python -m pytest tests/test_browser.py
.ci/run installs chromium and sets the variable; there a missing browser fails instead of skipping.
The server runs on loopback with a fresh token, from a temporary copy of the repository (running
cells never touches the committed notebooks), and is stopped at the end whatever happens.
"""
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = "/usr/bin/chromium"
ENABLED = os.environ.get("RUN_BROWSER_TESTS") == "1"
NOTEBOOKS = sorted(p.relative_to(ROOT / "notebooks").as_posix()
                   for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
RUN_TIMEOUT_MS = int(os.environ.get("BROWSER_RUN_TIMEOUT_MS", "240000"))

pytestmark = pytest.mark.skipif(not ENABLED, reason="set RUN_BROWSER_TESTS=1 to run the browser group")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on loopback, serving a temporary copy of the repository."""
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: apt-get install chromium"
    work = tmp_path_factory.mktemp("lab")
    repo = work / "repo"
    shutil.copytree(ROOT, repo, ignore=shutil.ignore_patterns(".git", ".venv", "test-artifacts", "__pycache__"))
    settings = work / "settings" / "@jupyterlab"
    (settings / "notebook-extension").mkdir(parents=True)
    (settings / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none",  # render every cell, so every figure can be counted
                    "autoStartDefaultKernel": True}))  # no "Select Kernel" dialog
    (settings / "apputils-extension").mkdir(parents=True)
    (settings / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(work / "settings"),
               JUPYTER_RUNTIME_DIR=str(work / "runtime"))
    log = open(work / "server.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={repo}", "--LabApp.news_url=None",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--allow-root"],
        cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            assert server.poll() is None, (work / "server.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "JupyterLab did not start within 90 s"
            time.sleep(0.5)
        yield base, token, repo
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
        log.close()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: apt-get install chromium"
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        try:
            yield b
        finally:
            b.close()


def menu(page, top: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(rf"^{top}$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(rf"^{re.escape(item)}$")).first.click()


def code_cells(path: Path) -> int:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum(c["cell_type"] == "code" for c in nb["cells"])


def png_outputs(path: Path) -> int:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum("image/png" in o.get("data", {}) for c in nb["cells"] for o in c.get("outputs", []))


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab(lab, browser, name):
    base, token, repo = lab
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    ran = False
    try:
        page.goto(f"{base}/lab/tree/notebooks/{name}?token={token}", timeout=60_000)
        page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
        select = page.locator(".jp-Dialog button", has_text=re.compile("^Select$"))
        if select.count():  # a kernel dialog despite the setting: accept the notebook's own kernel
            select.first.click()
        page.wait_for_selector(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status='idle']",
                               timeout=60_000)
        n_code = code_cells(repo / "notebooks" / name)
        page.wait_for_function("n => document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell').length === n",
                               arg=n_code, timeout=60_000)
        menu(page, "Edit", "Clear Outputs of All Cells")
        page.wait_for_function("document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output').length === 0",
                               timeout=30_000)
        menu(page, "Run", "Run All Cells")
        # done when every code cell shows an execution count and none is still running ([*])
        page.wait_for_function(
            """n => {
                const prompts = [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt')];
                return prompts.length === n && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
            }""", arg=n_code, timeout=RUN_TIMEOUT_MS)
        ran = True
        page.wait_for_selector(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status='idle']",
                               timeout=60_000)
        page.wait_for_timeout(500)  # let the last images decode
        errors = page.locator(".jp-NotebookPanel .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        error_text = [errors.nth(i).inner_text()[:300] for i in range(errors.count())]
        images = page.evaluate(
            "[...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output img')]"
            ".map(img => img.complete && img.naturalWidth > 0)")
    finally:
        page.screenshot(path=str(ARTIFACTS / (name.replace("/", "__") + ".png")), full_page=False)
        if not ran:
            prompts = [p.text_content() for p in page.locator(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt").all()]
            outputs = [o.inner_text()[:200] for o in page.locator(".jp-NotebookPanel .jp-OutputArea-output").all()]
            print("prompts:", prompts, "\noutputs:", outputs[:10])
        page.close()
    assert not error_text, f"cells show errors or stderr: {error_text}"
    expected = png_outputs(repo / "notebooks" / name)
    assert len(images) == expected, f"{len(images)} figures rendered, {expected} expected"
    assert all(images), "a figure failed to render"
