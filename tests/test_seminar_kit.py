"""The seminar kit: every lesson builds into a reveal.js slide deck that tells its story, and the
instructor guide covers every lesson."""
import json
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]*_*.ipynb"))
GUIDE = ROOT / "seminar" / "INSTRUCTOR_GUIDE.md"
SLIDE_TYPES = {"slide", "subslide", "fragment", "skip", "notes", "-"}


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_cell_has_slide_metadata(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb["cells"]):
        kind = cell.get("metadata", {}).get("slideshow", {}).get("slide_type")
        assert kind in SLIDE_TYPES, f"cell {i} has no valid slideshow.slide_type ({kind!r})"


def test_slide_types_follow_the_rules():
    """Decks are cut by tools/slide_types.py's rules (figures as slides, prose as speaker notes,
    exercises and tables skipped): a notebook edited since must be run through it again. Whether
    every slide then fits the stage is tested in a browser (tests/clients/test_slides_browser.py)."""
    import subprocess
    import sys
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "slide_types.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_deck_has_speaker_notes_and_no_code(path):
    """The deck builds with the collection's template; it has speaker notes and shows no code."""
    import sys
    sys.path.insert(0, str(ROOT / "tools"))
    import build_slides
    html, _ = build_slides.exporter().from_notebook_node(nbformat.read(path, as_version=4))
    assert '<aside class="notes">' in html, "no speaker notes"
    assert "jp-CodeMirrorEditor" not in html and "highlight hl-ipython3" not in html, "the deck shows code"
    assert "cdnjs" not in html and "unpkg" not in html, "the deck loads something from a CDN"


def test_instructor_guide_covers_every_lesson():
    text = GUIDE.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    for path in LESSONS:
        nn = path.name.split('_')[0]
        section = next((s for s in sections if s.startswith(nn)), None)
        assert section is not None, f"the instructor guide has no '## {nn} …' section"
        for needed in ("50-minute", "90-minute", "Discussion", "Misconceptions", "Solutions"):
            assert needed.lower() in section.lower(), f"section {nn} lacks '{needed}'"
        assert path.name in section, f"section {nn} does not link {path.name}"
        assert f"solutions/{path.stem}_solutions.ipynb" in section, f"section {nn} does not link its solutions"


def test_guide_links_resolve():
    text = GUIDE.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if not re.match(r"[a-z]+:", target):
            assert (GUIDE.parent / target).exists(), f"broken link {target}"
