"""JupyterLab in a real browser: each notebook is opened in headless Chromium and run through the UI.

A JupyterLab server starts on loopback (a free port, a fresh random token) over a throw-away COPY of
the repo whose notebooks have their outputs stripped, so every output seen in the browser comes from
this run and the committed notebooks are never touched. For each notebook, Chromium (Debian's
``chromium``, driven by Playwright with ``executable_path``: no browser download) opens it in its own
workspace, waits for the kernel, clicks Run → Run All Cells, waits until every code cell has an
execution count, then asserts: no error or stderr output, and as many figures as the committed
notebook has, each decoded with a real size; in a solutions notebook, no self-check shows "✗".
No uncaught JavaScript error in the page. A screenshot per notebook goes to
``test-artifacts/browser/``. Every wait is bounded; the server is stopped in a fixture's teardown.

Opt-in: ``RUN_BROWSER_TESTS=1`` (``.ci/run`` sets it). Chromium: ``$CHROMIUM`` or ``/usr/bin/chromium``.
"""
import json
import re
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from clientkit import (ARTIFACTS, NB_DIR, NOTEBOOKS, clean_env, copy_repo, deferred_figures, image_outputs,
                       nb_id, opt_in)

pytestmark = opt_in("RUN_BROWSER_TESTS", "JupyterLab in headless Chromium")

NB_TIMEOUT_S = float(os.environ.get("BROWSER_NB_TIMEOUT", "120"))   # running one notebook
SERVER_START_S = 90
SHOTS = ARTIFACTS / "browser"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--disable-features=MediaRouter,OptimizationHints",
                 "--no-default-browser-check", "--metrics-recording-only", "--mute-audio"]


def _chromium() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(f"Chromium not found at {path}: install Debian's package (apt-get install chromium) "
                    "or set CHROMIUM to its path", pytrace=False)
    return path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _strip_outputs(folder: Path) -> None:
    for path in folder.rglob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"], cell["execution_count"] = [], None
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False), encoding="utf-8")


def _api(base: str, token: str, path: str, method: str = "GET"):
    req = urllib.request.Request(f"{base}{path}", method=method,
                                 headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        body = resp.read()
    return json.loads(body) if body else None


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server over a copy of the repo; stopped at the end whatever happens."""
    tmp = tmp_path_factory.mktemp("lab")
    repo = copy_repo(tmp / "repo")
    _strip_outputs(repo / "notebooks")
    # User settings in a temp dir: never fetch the news feed, never ask, never check for updates.
    notif = tmp / "user-settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notif.parent.mkdir(parents=True)
    notif.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    port, token = _free_port(), secrets.token_hex(24)
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser",
           "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={repo}",
           "--LabApp.news_url=None",                                     # no announcements feed
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--LabApp.extension_manager=readonly",                        # no PyPI listing
           f"--LabApp.workspaces_dir={tmp / 'workspaces'}",
           f"--LabApp.user_settings_dir={tmp / 'user-settings'}",
           "--ServerApp.terminals_enabled=False"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:   # CI and this machine run as root
        cmd.append("--allow-root")
    log = (tmp / "server.log").open("w")
    proc = subprocess.Popen(cmd, cwd=repo, env=clean_env(tmp), stdin=subprocess.DEVNULL,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"JupyterLab exited with {proc.returncode}:\n"
                            + (tmp / "server.log").read_text()[-3000:], pytrace=False)
            try:
                _api(base, token, "/api/status")
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer within {SERVER_START_S} s:\n"
                                + (tmp / "server.log").read_text()[-3000:], pytrace=False)
                time.sleep(0.5)
        yield {"base": base, "token": token, "repo": repo, "log": tmp / "server.log"}
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)      # the server shuts its kernels down on SIGTERM
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp / "server.log", SHOTS / "server.log")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium with a fresh profile, driven by Playwright (no browser download)."""
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=executable, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 1000}, timeout=60_000)
        try:
            yield context
        finally:
            context.close()


# Every code cell has run once this run started: a number in its prompt, none waiting ("[*]").
_ALL_RAN = """(n) => {
  const prompts = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')];
  return prompts.length === n && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
}"""

_REPORT = """async () => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const errors = [...panel.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
      .map(e => e.textContent.slice(0, 400));
  const imgs = [...panel.querySelectorAll('.jp-OutputArea-output img')];
  const sizes = await Promise.all(imgs.map(async (img) => {
      img.scrollIntoView();
      try { await img.decode(); } catch (e) { return [0, 0]; }
      return [img.naturalWidth, img.naturalHeight];
  }));
  const counts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
      .map(p => parseInt(p.textContent.replace(/[^0-9]/g, ''), 10));
  const failedChecks = [...panel.querySelectorAll('.jp-OutputArea-output')]
      .map(e => e.textContent).filter(t => t.includes('\u2717')).map(t => t.slice(0, 300));
  return {errors, sizes, counts, failedChecks};
}"""


@pytest.mark.parametrize("path", NOTEBOOKS, ids=nb_id)
def test_notebook_runs_in_jupyterlab(lab, browser, path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    n_code = sum(c["cell_type"] == "code" for c in nb["cells"])
    n_figures = image_outputs(path) + deferred_figures(path)  # "Run all" also runs the reveal cells
    rel = path.relative_to(NB_DIR.parent).as_posix()
    workspace = "ws-" + path.stem.replace("_", "-")
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda exc: page_errors.append(str(exc)))
    page.set_default_timeout(30_000)
    started = time.monotonic()
    try:
        page.goto(f"{lab['base']}/lab/workspaces/{workspace}/tree/{rel}?reset&token={lab['token']}",
                  wait_until="domcontentloaded", timeout=60_000)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        panel.wait_for(state="visible", timeout=60_000)
        # The kernel is up and connected: the status bar reads "Python 3 (ipykernel) | Idle".
        page.locator(".jp-StatusBar-Widget", has_text=re.compile(r"Python 3.*\|\s*Idle")).first.wait_for(
            state="visible", timeout=60_000)
        # Run → Run All Cells, through the menu, as a student would.
        page.locator(".lm-MenuBar-item", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
        dialog = page.locator(".jp-Dialog")
        try:                       # JupyterLab asks for a kernel if none is attached yet: take python3
            dialog.wait_for(state="visible", timeout=2_000)
            page.locator(".jp-Dialog .jp-mod-accept").click()
        except PlaywrightTimeout:
            pass
        page.wait_for_function(_ALL_RAN, arg=n_code, timeout=NB_TIMEOUT_S * 1000, polling=500)
        page.locator('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator[data-status="idle"]'
                     ).wait_for(state="attached", timeout=NB_TIMEOUT_S * 1000)
        elapsed = time.monotonic() - started
        report = page.evaluate(_REPORT)
        # The screenshot: the first figure if there is one, else the top of the notebook.
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.evaluate("""() => {
            const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
            const target = panel.querySelector('.jp-OutputArea-output img') || panel.querySelector('.jp-Cell');
            target.scrollIntoView({block: 'center'});
        }""")
        page.wait_for_timeout(500)
        page.evaluate("""() => document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output img')
                                ?.scrollIntoView({block: 'center'})""")
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / f"{path.stem}.png"))
        with (SHOTS / "timings.tsv").open("a") as fh:
            fh.write(f"{nb_id(path)}\t{elapsed:.1f}\t{len(report['sizes'])}\n")
    except Exception:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{path.stem}-FAILED.png"))
        raise
    finally:
        page.close()
        for kernel in _api(lab["base"], lab["token"], "/api/kernels") or []:   # free the memory
            _api(lab["base"], lab["token"], f"/api/kernels/{kernel['id']}", method="DELETE")

    assert report["counts"] == list(range(1, n_code + 1)), \
        f"cells did not run once each, in order: execution counts {report['counts']}"
    assert not report["errors"], "a cell shows an error or stderr:\n" + "\n---\n".join(report["errors"])
    assert len(report["sizes"]) == n_figures, \
        f"{len(report['sizes'])} figures rendered in the browser, the committed notebook has {n_figures}"
    blank = [i for i, (w, h) in enumerate(report["sizes"]) if not (w > 0 and h > 0)]
    assert not blank, f"figures {blank} did not render (no decodable image)"
    if path.parent.name == "solutions":     # a worked solution must pass its own self-check
        assert not report["failedChecks"], "a self-check fails in the solutions:\n" + "\n".join(report["failedChecks"])
    assert not page_errors, f"JavaScript errors in the page: {page_errors[:3]}"
