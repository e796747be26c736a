"""The learner's path: what a student meets in each lesson, checked on the committed files.

- exercises sit inside the sections that teach them, come in several kinds, and carry honest labels;
- figures are drawn with seaborn in cells short enough to change;
- each lesson says how recent its evidence is, computed from the data;
- times agree between the README and each lesson, follow the stated method, and fit in an hour;
- every glossary term is linked to the glossary where a lesson first uses it;
- no internal words reach a student.
"""
import json
import re
import statistics
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from estimate_minutes import LABEL, estimate  # noqa: E402
from test_notebooks import EXERCISE, LESSONS, NB_DIR, cells, nb_id, source  # noqa: E402

GLOSSARY = NB_DIR / "GLOSSARY.md"
TOPICS = [p for p in LESSONS if not p.name.startswith(("00_", "00a_"))]


def keys(path: Path) -> dict:
    nn = path.name.split("_")[0]
    return json.loads((NB_DIR / "solutions" / f"answers_{nn}.json").read_text(encoding="utf-8"))


def sections(path: Path) -> list[tuple[str, list[dict]]]:
    """(heading, cells) for each '## ' section, in order; cells before the first go under ''."""
    out = [("", [])]
    for cell in cells(path):
        text = source(cell)
        head = re.match(r"^## (.*)", text) if cell["cell_type"] == "markdown" else None
        if head:
            out.append((head.group(1).strip(), []))
        out[-1][1].append(cell)
    return out


# ---------------------------------------------------------------- exercises

@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_exercises_are_spread_through_the_sections(path):
    teaching = [(h, cs) for h, cs in sections(path)
                if h and not re.match(r"(At a glance|For discussion|Takeaways|Sources|Next)", h, re.I)]
    with_checks = [h for h, cs in teaching
                   if any(EXERCISE.search(source(c)) for c in cs if c["cell_type"] == "code")]
    need = 2 if path.name.startswith("00_") else 3
    assert len(with_checks) >= need, f"exercises only in {with_checks}: put a 'Your turn' after each main section"
    bunched = [h for h in with_checks if re.search(r"exercises", h, re.I)]
    assert not bunched, f"a section of exercises at the end ({bunched}): move them to the sections they practise"


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_exercise_kinds_and_labels(path):
    key = keys(path)
    kinds = [spec["kind"] for spec in key.values()]
    md = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "markdown")
    labelled = dict(LABEL.findall(md))
    unlabelled = sorted(set(key) - set(labelled))
    assert not unlabelled, f"exercises without an 'easy/medium/hard' label next to **id**: {unlabelled}"
    if path.name.startswith("00_"):
        return
    assert "choice" in kinds, "no judgement item (a multiple-choice or predict-then-check 'choice' check)"
    assert "figure" in kinds, "no exercise in which the student makes or changes a figure ('figure' check)"


def test_hints_do_not_give_the_answer_away():
    for path in sorted((NB_DIR / "solutions").glob("answers_*.json")):
        for ex, spec in json.loads(path.read_text(encoding="utf-8")).items():
            hint = spec.get("hint", "")
            expected = spec.get("expected")
            if spec["kind"] == "number":
                shown = {f"{expected:g}", f"{expected:,.0f}", f"{expected:.1f}", f"{expected:.2f}"}
                assert not any(re.search(rf"(?<![\w.]){re.escape(v)}(?![\d])", hint) for v in shown), \
                    f"{path.name} {ex}: the hint contains the answer"
            elif spec["kind"] in ("text", "choice"):
                answers = [expected] if isinstance(expected, str) else list(expected)
                if spec["kind"] == "text":
                    assert not any(re.search(rf"\b{re.escape(a)}\b", hint, re.I) for a in answers if len(a) > 2), \
                        f"{path.name} {ex}: the hint contains the answer"


# ---------------------------------------------------------------- figures

def figure_cells(path: Path) -> list[int]:
    """Visible lines of each code cell that draws a figure (comments count: a student reads them)."""
    return [sum(1 for line in source(c).splitlines() if line.strip())
            for c in cells(path) if c["cell_type"] == "code"
            and any("image/png" in (o.get("data") or {}) for o in c.get("outputs", []))]


@pytest.mark.parametrize("path", TOPICS, ids=nb_id)
def test_figures_drawn_with_seaborn_in_short_cells(path):
    code = [source(c) for c in cells(path) if c["cell_type"] == "code"]
    assert any(re.search(r"^import seaborn as sns", s, re.M) for s in code), "seaborn is not imported"
    lengths = figure_cells(path)
    if not lengths:
        return
    assert max(lengths) <= 25, f"a figure cell of {max(lengths)} lines: move layout into course helpers"
    assert statistics.median(lengths) <= 12, f"median figure cell {statistics.median(lengths)} lines"
    drawing = [s for s in code if "plt.show()" in s or "label_figure(" in s]
    with_sns = [s for s in drawing if "sns." in s]
    assert len(with_sns) * 2 >= len(drawing), f"only {len(with_sns)} of {len(drawing)} figures use seaborn"


# ---------------------------------------------------------------- evidence, time, terms, words

@pytest.mark.parametrize("path", TOPICS, ids=nb_id)
def test_evidence_as_of_is_computed_near_the_top(path):
    cs = cells(path)
    first_section = next(i for i, c in enumerate(cs) if c["cell_type"] == "markdown"
                         and re.match(r"^## (1\.|The claim)", source(c)))
    top = [c for c in cs[:first_section] if c["cell_type"] == "code"]
    shown = [c for c in top if "course.evidence_as_of(" in source(c)]
    assert shown, "no course.evidence_as_of(...) before the first section"
    text = json.dumps(shown[0].get("outputs", []))
    assert "Evidence as of" in text, "evidence_as_of ran but its line is not in the committed output"


def stated_minutes(path: Path) -> int:
    glance = next(source(c) for c in cells(path) if c["cell_type"] == "markdown" and "At a glance" in source(c))
    found = re.search(r"(\d+) minutes of self-study", glance)
    assert found, "At a glance does not say 'NN minutes of self-study'"
    return int(found.group(1))


def readme_minutes() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return {m.group(1): int(m.group(2))
            for m in re.finditer(r"^\| (\d\d[a-z]?) \|.*?\| (\d+) min \|", text, re.M)}


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_times_are_honest_and_agree(path):
    stated = stated_minutes(path)
    nn = path.name.split("_")[0]
    assert readme_minutes().get(nn) == stated, f"README says {readme_minutes().get(nn)} min, the lesson {stated}"
    assert stated <= 60, f"{stated} minutes: split the lesson or mark sections 'Going deeper'"
    est = estimate(path)["core"]["minutes"]
    assert est <= 60, f"the stated method (tools/estimate_minutes.py) gives {est} min: cut, or mark 'Going deeper'"
    assert abs(est - stated) <= 5, (f"the stated method (tools/estimate_minutes.py) gives {est} min, "
                                    f"the lesson says {stated}")


def glossary_terms() -> dict[str, str]:
    """Every spelling of every glossary term -> the anchor of its entry."""
    text = GLOSSARY.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"^### (.+)\n(?:Also: (.+)\n)?", text, re.M):
        anchor = re.sub(r"[^\w\- ]", "", m.group(1).lower()).replace(" ", "-")
        for name in [m.group(1)] + [a.strip() for a in (m.group(2) or "").split(",") if a.strip()]:
            out[name] = anchor
    return out


def test_glossary_anchors_are_unique():
    anchors = re.findall(r"^### (.+)$", GLOSSARY.read_text(encoding="utf-8"), re.M)
    assert len(anchors) == len(set(anchors))


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_terms_are_linked_to_the_glossary_at_first_use(path):
    terms = glossary_terms()
    # Longest first, so "Unreliable Entity List" is found before "Entity List".
    names = sorted(terms, key=len, reverse=True)
    pattern = re.compile("|".join(
        rf"(?<![\w-]){re.escape(n)}(?![\w-])" if not n.isupper() else rf"(?<![\w-]){re.escape(n)}(?![a-z\d-])"
        for n in names))
    seen, problems = set(), []
    for i, cell in enumerate(cells(path)):
        if cell["cell_type"] != "markdown":
            continue
        for line in source(cell).splitlines():
            if line.startswith("#"):  # headings are not where a term is explained
                continue
            text = re.sub(r"`[^`]*`", lambda m: " " * len(m.group()), line)   # code is not prose
            text = re.sub(r"\]\([^)]*\)", lambda m: "]" + " " * (len(m.group()) - 1), text)
            links = [(m.start(), m.end(), m.group(2)) for m in re.finditer(r"\[([^\]]*)\]\(([^)]*)\)", line)]
            for m in pattern.finditer(text):
                name = next(n for n in names if re.fullmatch(re.escape(n), m.group(), re.I if not n.isupper() else 0))
                anchor = terms[name]
                if anchor in seen:
                    continue
                seen.add(anchor)
                linked = any(s <= m.start() < e and "GLOSSARY.md" in target for s, e, target in links)
                if not linked:
                    problems.append(f"cell {i}: first use of {m.group()!r} is not linked to GLOSSARY.md#{anchor}")
    assert not problems, "\n".join(problems[:15])


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_no_internal_words_for_students(path):
    md = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "markdown")
    for word in ("seed summary", "seed text", "the summary we started from", "TODO", "FIXME"):
        assert word.lower() not in md.lower(), f"student-facing text says {word!r}"


def test_readme_counts_agree_with_the_data():
    """The README's headline counts of tables and sources are the data package's."""
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    tables = len(package["resources"]) - 1  # the sources table is not counted as a data table
    with (ROOT / "data" / "sources.csv").open(encoding="utf-8") as f:
        sources = sum(1 for _ in f) - 1
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{tables} small sourced data tables ({sources} sources)" in text.replace("\n", " ")
