"""The seminar kit: every lesson builds into a reveal.js slide deck that tells its story, and the
instructor guide covers every lesson."""
import json
import re
from pathlib import Path

import nbformat
import pytest
from nbconvert import SlidesExporter

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
GUIDE = ROOT / "seminar" / "INSTRUCTOR_GUIDE.md"
SLIDE_TYPES = {"slide", "subslide", "fragment", "skip", "notes", "-"}


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_cell_has_slide_metadata(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb["cells"]):
        kind = cell.get("metadata", {}).get("slideshow", {}).get("slide_type")
        assert kind in SLIDE_TYPES, f"cell {i} has no valid slideshow.slide_type ({kind!r})"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_deck_builds_and_tells_the_story(path, tmp_path):
    """The deck builds; it opens on the title, shows figures and ends with questions and takeaways."""
    nb = nbformat.read(path, as_version=4)
    html, _ = SlidesExporter().from_notebook_node(nb)
    (tmp_path / path.with_suffix(".slides.html").name).write_text(html, encoding="utf-8")
    slides = re.findall(r"<section", html)
    assert len(slides) >= 6, f"only {len(slides)} slides"
    title = next(c for c in nb.cells if c.cell_type == "markdown" and re.search(r"^# \d\d ·", c.source, re.M))
    assert title.metadata["slideshow"]["slide_type"] == "slide", "the title cell does not open a slide"
    shown_figures = [c for c in nb.cells if c.cell_type == "code"
                     and c.metadata.get("slideshow", {}).get("slide_type") != "skip"
                     and any("image/png" in o.get("data", {}) for o in c.get("outputs", []))]
    assert shown_figures, "no figure appears in the deck"
    assert html.count("data:image/png;base64") >= len(shown_figures)
    for heading in ("For discussion", "Takeaways"):
        cell = next(c for c in nb.cells if c.cell_type == "markdown" and heading in c.source)
        assert cell.metadata["slideshow"]["slide_type"] in {"slide", "subslide"}, f"'{heading}' is not a slide"


def test_instructor_guide_covers_every_lesson():
    text = GUIDE.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    for path in LESSONS:
        nn = path.name[:2]
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
