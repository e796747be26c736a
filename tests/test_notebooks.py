"""Notebook hygiene: what strict nbval does not check by itself.

nbval (run by pytest.ini's addopts over notebooks/) re-executes every notebook and compares outputs.
These tests check the committed files: run once in order on a fresh kernel, no errors, stderr or
warnings, kernel python3, no machine paths, small, linked, sourced, and exercises wired to their keys.
"""
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NB_DIR = ROOT / "notebooks"
# Lessons: NN_topic.ipynb, and NNa_topic.ipynb for a short lesson between NN and NN+1 (00a the primer).
LESSONS = sorted(p for p in NB_DIR.glob("[0-9][0-9]*_*.ipynb") if re.match(r"\d\d[a-z]?_", p.name))
CORE = [p for p in LESSONS if re.match(r"\d\d_", p.name)]
EXERCISE = re.compile(r'course\.check\("(\d\d[a-z]?\.\d+)"')
SOLUTIONS = sorted((NB_DIR / "solutions").glob("*_solutions.ipynb"))
ALL = LESSONS + SOLUTIONS
# a path on this machine, not a URL (".../home/..." after a host name is fine)
MACHINE_PATH = re.compile(r"(?<![\w.-])(/root/|/home/|/tmp/|/work/|/Users/|[A-Z]:\\\\)")


def nb_id(path: Path) -> str:
    return path.relative_to(NB_DIR).as_posix()


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def test_there_are_lessons_and_each_has_solutions():
    assert LESSONS and LESSONS[0].name == "00_start_here.ipynb"
    numbers = [p.name[:2] for p in CORE]
    assert numbers == [f"{i:02d}" for i in range(len(CORE))], f"gaps in numbering: {numbers}"
    for lesson in LESSONS:
        sol = NB_DIR / "solutions" / lesson.name.replace(".ipynb", "_solutions.ipynb")
        assert sol.exists(), f"{lesson.name} has no solutions notebook {nb_id(sol)}"


def deferred(cell: dict) -> bool:
    """A cell the student runs to reveal something (our verdicts in 08): committed unexecuted and
    empty, and skipped by nbval (tag nbval-skip); the same code runs, with its output compared, in
    the solutions notebook."""
    return "nbval-skip" in cell.get("metadata", {}).get("tags", [])


@pytest.mark.parametrize("path", ALL, ids=nb_id)
def test_executed_once_in_order_on_a_fresh_kernel(path):
    code = [c for c in cells(path) if c["cell_type"] == "code"]
    counts = [c.get("execution_count") for c in code if not deferred(c)]
    assert counts == list(range(1, len(counts) + 1)), f"execution counts {counts}"
    for c in code:
        if deferred(c):
            assert not c.get("outputs") and c.get("execution_count") is None, \
                "a cell tagged nbval-skip must be committed unexecuted, with no output"


@pytest.mark.parametrize("path", ALL, ids=nb_id)
def test_no_execution_timestamps(path):
    """Cell timing metadata is a clock reading: it changes on every run and hides real diffs."""
    timed = [i for i, c in enumerate(cells(path)) if "execution" in c.get("metadata", {})]
    assert not timed, (f"cells {timed[:5]} carry execution timestamps; execute with "
                       "--ExecutePreprocessor.record_timing=False (see CONTRIBUTING.md)")


@pytest.mark.parametrize("path", ALL, ids=nb_id)
def test_no_errors_stderr_or_machine_paths(path):
    for i, cell in enumerate(cells(path)):
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", f"cell {i}: error {out.get('ename')}"
            if out["output_type"] == "stream":
                assert out["name"] == "stdout", f"cell {i}: stderr output (a warning?): {out['text'][:200]}"
            blob = json.dumps({k: v for k, v in out.get("data", {}).items() if not k.startswith("image/")})
            blob += json.dumps(out.get("text", ""))
            assert not MACHINE_PATH.search(blob), f"cell {i}: a machine path in the output"


@pytest.mark.parametrize("path", ALL, ids=nb_id)
def test_kernel_size_and_metadata(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert path.stat().st_size < 1_000_000, f"{path.stat().st_size} bytes"


@pytest.mark.parametrize("path", ALL, ids=nb_id)
def test_relative_links_resolve(path):
    for cell in cells(path):
        if cell["cell_type"] != "markdown":
            continue
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", source(cell)):
            if re.match(r"[a-z]+:", target):
                continue
            assert (path.parent / target).exists(), f"broken link to {target}"


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_lesson_shape(path):
    """Title, at a glance, exercises with self-checks, discussion, takeaways, sources, next."""
    md = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "markdown")
    code = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "code")
    first = source(cells(path)[0])
    assert re.search(rf"^# {path.name.split('_')[0]} · ", first, re.M), "the first cell has no title '# NN · …'"
    for heading in ("At a glance", "For discussion", "Takeaways", "Sources"):
        assert re.search(rf"^#+ .*{heading}", md, re.M | re.I), f"no '{heading}' section"
    assert "course.print_sources(" in code, "sources are not generated with course.print_sources()"
    exercises = set(EXERCISE.findall(code))
    assert len(exercises) >= (2 if path.name.startswith("00") else 4), f"exercises: {sorted(exercises)}"


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_exercises_are_keyed_and_solved(path):
    nn = path.name.split("_")[0]
    code = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "code")
    exercises = set(EXERCISE.findall(code))
    key = json.loads((NB_DIR / "solutions" / f"answers_{nn}.json").read_text(encoding="utf-8"))
    assert exercises == set(key), f"exercises {sorted(exercises)} against key {sorted(key)}"
    sol = NB_DIR / "solutions" / path.name.replace(".ipynb", "_solutions.ipynb")
    solved_text = "".join(json.dumps(c.get("outputs", [])) for c in cells(sol))
    for ex in sorted(exercises):
        assert f"[{ex}] \\u2713" in solved_text or f"[{ex}] ✓" in solved_text, \
            f"{ex}: the solutions notebook does not pass its own check"
    # a student's copy starts unattempted: its checks say so instead of failing
    lesson_text = "".join(json.dumps(c.get("outputs", [])) for c in cells(path))
    for ex in sorted(exercises):
        assert f"[{ex}] Not attempted yet" in lesson_text, f"{ex}: the lesson's exercise is not left open"


@pytest.mark.parametrize("path", ALL, ids=nb_id)
def test_code_compiles_without_warnings_on_newer_pythons(path):
    """An invalid escape such as "\\(" is a SyntaxWarning from Python 3.12 on (printed to stderr, so
    strict nbval fails there) and only a hidden DeprecationWarning on 3.11: catch it on any version."""
    import warnings
    for i, cell in enumerate(cells(path)):
        if cell["cell_type"] != "code":
            continue
        code = "\n".join(line for line in source(cell).splitlines() if not line.lstrip().startswith(("%", "!")))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compile(code, f"{nb_id(path)} cell {i}", "exec")
            except (SyntaxError, SyntaxWarning, DeprecationWarning) as exc:
                pytest.fail(f"cell {i}: {exc}")
