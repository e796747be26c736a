"""Benchmark the collection: what each notebook costs to run, against an import-only floor.

    .venv/bin/python tools/benchmark.py                # notebooks + suite, writes BENCHMARK.md
    .venv/bin/python tools/benchmark.py --install      # also time `pip install -r requirements.txt`
    .venv/bin/python tools/benchmark.py --no-suite --repeat 1   # quick look

For each notebook (lessons and solutions, found by glob), in a throw-away copy of the repo:
- run time on a fresh kernel: kernel start, every cell in order, as "Restart kernel and run all"
  does (median of --repeat runs);
- against the FLOOR, a notebook generated here that only does the setup every notebook does
  (import pandas, seaborn, matplotlib and the helper; course.use_style()). The floor runs just
  before every notebook run and the ratio is taken pair by pair (median of the pairs), so a machine
  that speeds up or slows down during the run moves both sides of each ratio alike;
- how much of the time is drawing figures: the copy gets a first cell that times IPython's
  figure-to-PNG call and a last cell that reports the total (two tiny cells, ~0.02 s);
- the kernel's peak memory (VmHWM of the kernel process, Linux) and the file's size.
Then the whole test suite (`python -m pytest`) serial and with `-n 2 --dist loadscope`, and
optionally the install time from requirements.txt (pip's cache warm, and cold with --no-cache-dir).

Targets: every notebook within 2x the floor, the whole collection within 1.5x the sum of floors,
every notebook under 1 MB. Prints a table and writes BENCHMARK.md (use --output to change).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NB_DIR = ROOT / "notebooks"
FLOOR_SOURCE = ("import matplotlib.pyplot as plt\nimport pandas as pd\nimport seaborn as sns\n\n"
                "import course\n\ncourse.use_style()")
# A bare start (pandas and matplotlib only, no seaborn, no helper): the floor minus this is what
# seaborn's import and theme cost every notebook.
SETUP_SOURCE = "import matplotlib.pyplot as plt\nimport pandas as pd"
TARGET_NB, TARGET_SUITE, MAX_BYTES = 2.0, 1.5, 1_000_000
IGNORE = shutil.ignore_patterns(".venv", ".git", ".pytest_cache", "__pycache__", ".ipynb_checkpoints",
                                "test-artifacts", "staging", "build", "slides")


def notebooks() -> list[Path]:
    return (sorted(NB_DIR.glob("[0-9][0-9]*_*.ipynb"))
            + sorted((NB_DIR / "solutions").glob("*_solutions.ipynb")))


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


DRAW_TIMER = """\
import time as _bench_time
import IPython.core.pylabtools as _bench_pt
_bench_draw = [0.0]
_bench_print_figure = _bench_pt.print_figure
def _bench_timed_print_figure(*args, **kwargs):
    start = _bench_time.perf_counter()
    try:
        return _bench_print_figure(*args, **kwargs)
    finally:
        _bench_draw[0] += _bench_time.perf_counter() - start
_bench_pt.print_figure = _bench_timed_print_figure  # the inline backend looks it up when it registers"""
DRAW_REPORT = "print(f'{_bench_draw[0]:.4f}')"


def run_once(path: Path) -> tuple[float, float | None, float]:
    """Seconds from kernel start to the last cell done, the kernel's peak RSS (MB), and seconds
    spent turning figures into PNGs."""
    nb = nbformat.read(path, as_version=4)
    nb.cells = [nbformat.v4.new_code_cell(DRAW_TIMER), *nb.cells, nbformat.v4.new_code_cell(DRAW_REPORT)]
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        elapsed = time.perf_counter() - start
        process = getattr(client.km.provisioner, "process", None)
        peak = peak_rss_mb(process.pid) if process is not None else None
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    if errors:
        raise RuntimeError(f"{path.name}: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    drawing = float("".join(o.get("text", "") for o in nb.cells[-1].outputs).strip() or 0)
    return elapsed, peak, drawing


def timed(cmd: list[str], cwd: Path, env: dict | None = None, timeout: int = 3600) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    out = [ln for ln in (proc.stdout + proc.stderr).strip().splitlines()
           if ln.strip() and not ln.startswith(("WARNING", "[notice]"))]
    return time.perf_counter() - start, f"exit {proc.returncode}; {out[-1] if out else ''}"


def suite_times(py: str) -> dict[str, tuple[float, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUN_")}   # opt-in groups stay off
    base = [py, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    return {"serial": timed(base + ["-n", "0"], ROOT, env),
            "parallel (-n 2 --dist loadscope)": timed(base + ["-n", "2", "--dist", "loadscope"], ROOT, env)}


def install_times(req: Path) -> dict[str, tuple[float, str]]:
    results = {}
    for label, extra in (("pip cache warm", []), ("cold (--no-cache-dir)", ["--no-cache-dir"])):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "venv", f"{tmp}/venv"], check=True)
            results[label] = timed([f"{tmp}/venv/bin/python", "-m", "pip", "install", "-q",
                                    "--disable-pip-version-check", *extra, "-r", str(req)], ROOT)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="runs per notebook (median kept)")
    ap.add_argument("--install", action="store_true", help="also time pip install -r requirements.txt")
    ap.add_argument("--no-suite", action="store_true", help="skip timing the test suite")
    ap.add_argument("--output", type=Path, default=ROOT / "BENCHMARK.md")
    args = ap.parse_args()

    paths = notebooks()
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        shutil.copytree(ROOT, repo, ignore=IGNORE)
        floor = repo / "notebooks" / "_floor.ipynb"
        setup = repo / "notebooks" / "_setup.ipynb"
        for target, source in ((floor, FLOOR_SOURCE), (setup, SETUP_SOURCE)):
            nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
            nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
            nbformat.write(nb, target)
        copies = {p: repo / p.relative_to(ROOT) for p in paths}
        runs: dict[Path, list[tuple[float, float | None, float]]] = {p: [] for p in paths}
        floor_runs: list[tuple[float, float | None, float]] = []
        setup_runs: list[tuple[float, float | None, float]] = []
        ratios: dict[Path, list[float]] = {p: [] for p in paths}
        setup_ratios: dict[Path, list[float]] = {p: [] for p in paths}
        run_once(floor)                                   # warm the disk cache and font cache once
        for r in range(args.repeat):
            for p in paths:
                floor_runs.append(run_once(floor))        # both floors right before every notebook
                setup_runs.append(run_once(setup))
                runs[p].append(run_once(copies[p]))
                ratios[p].append(runs[p][-1][0] / floor_runs[-1][0])
                setup_ratios[p].append(runs[p][-1][0] / setup_runs[-1][0])
                print(f"run {r + 1}/{args.repeat} {p.name}: {runs[p][-1][0]:.2f} s "
                      f"(floor {floor_runs[-1][0]:.2f} s)", file=sys.stderr)

    def med(p):
        return statistics.median(t for t, _, _ in runs[p])

    def drawing(p):
        return statistics.median(d for _, _, d in runs[p])

    def peak(results):
        return max((m for _, m, _ in results if m is not None), default=float("nan"))

    floor_s = statistics.median(t for t, _, _ in floor_runs)
    setup_s = statistics.median(t for t, _, _ in setup_runs)
    rows, misses = [], []
    for p in paths:
        t, size = med(p), p.stat().st_size
        ratio = statistics.median(ratios[p])
        n_fig = sum(1 for c in nbformat.read(p, as_version=4).cells if c.cell_type == "code"
                    for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
        ok = ratio <= TARGET_NB and size < MAX_BYTES
        if not ok:
            misses.append(p.relative_to(NB_DIR).as_posix())
        draw = drawing(p)
        rows.append(f"| {p.relative_to(NB_DIR).as_posix()} | {t:.2f} | {ratio:.2f}× | "
                    f"{statistics.median(setup_ratios[p]):.2f}× | {n_fig} | {draw:.2f} | "
                    f"{max(t - setup_s - draw, 0):.2f} | {peak(runs[p]):.0f} | {size / 1000:.0f} | "
                    f"{'ok' if ok else 'MISSED'} |")
    total = sum(med(p) for p in paths)
    total_ratio = total / (floor_s * len(paths))

    lines = [
        "# Benchmark",
        "",
        f"Latest run of `tools/benchmark.py` (median of {args.repeat} runs per notebook, fresh kernel each), "
        f"Python {platform.python_version()}, {os.cpu_count()} cores, {platform.system()} {platform.machine()}.",
        "Time is kernel start to the last cell done; the floor is a notebook that only imports pandas, "
        "seaborn, matplotlib and the helper and calls `course.use_style()`, run just before each notebook "
        "run; *vs floor* is the median of those paired ratios. *Drawing* is the time IPython spent turning "
        "figures into PNGs (layout and rendering); *other* is time − setup − drawing (loading and checking "
        "tables, analysis, building the figures, one message round trip per cell). "
        "Peak memory is the kernel process's peak resident set (VmHWM).",
        "",
        f"Targets: each notebook ≤ {TARGET_NB}× the floor and < 1 MB; the collection ≤ {TARGET_SUITE}× the sum of floors.",
        "",
        "Every notebook imports seaborn and `course.use_style()` calls `sns.set_theme`, exactly what the "
        "floor does, so floor − bare start (pandas and matplotlib only) is what importing seaborn and the "
        "helper costs each notebook; *vs bare* compares each notebook with that bare start. The figures' "
        "own cost (seaborn's plotting calls and layout) is in *drawing* and part of *other*.",
        "",
        "| notebook | time (s) | vs floor | vs bare | figures | drawing (s) | other (s) | peak kernel RSS (MB) | size (kB) | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        f"| *floor (pandas, seaborn, matplotlib, helper), median of {len(floor_runs)} runs* | {floor_s:.2f} | "
        f"1.00× | – | 0 | – | – | {peak(floor_runs):.0f} | – | – |",
        f"| *bare start (pandas, matplotlib), median of {len(setup_runs)} runs* | {setup_s:.2f} | "
        f"{setup_s / floor_s:.2f}× | 1.00× | 0 | – | – | "
        f"{peak(setup_runs):.0f} | – | – |",
        *rows,
        "",
        f"**Collection:** {len(paths)} notebooks, {total:.1f} s run one after another, against "
        f"{len(paths)} × floor = {floor_s * len(paths):.1f} s: **{total_ratio:.2f}×** "
        f"({'within' if total_ratio <= TARGET_SUITE else 'MISSES'} the {TARGET_SUITE}× target).",
        f"**Notebooks missing a target:** {', '.join(misses) if misses else 'none'}.",
    ]
    if not args.no_suite:
        lines += ["", "| test suite (`python -m pytest`, opt-in groups off) | wall time (s) | result |",
                  "|---|---:|---|"]
        for label, (secs, result) in suite_times(sys.executable).items():
            lines.append(f"| {label} | {secs:.0f} | {result} |")
    if args.install:
        lines += ["", "| `pip install -r requirements.txt` into a fresh venv | wall time (s) | result |",
                  "|---|---:|---|"]
        for label, (secs, result) in install_times(ROOT / "requirements.txt").items():
            lines.append(f"| {label} | {secs:.0f} | {result} |")
    text = "\n".join(lines) + "\n"
    print(text)
    args.output.write_text(text, encoding="utf-8")
    return 0 if not misses and total_ratio <= TARGET_SUITE else 1


if __name__ == "__main__":
    sys.exit(main())
