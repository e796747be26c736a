"""Set every lesson cell's slide type by the collection's rules, so each deck shows figures and
findings, keeps the words for the speaker, and fits a 1280x720 stage.

    .venv/bin/python tools/slide_types.py                 # all lessons, in place
    .venv/bin/python tools/slide_types.py --check         # exit 1 if any cell would change

Rules, in order (CONTRIBUTING.md, "Slides"):
- the title cell and every "## " section (For discussion, Takeaways and Sources included): a slide;
  a section headed "Going deeper" is left out of the deck, with everything in it;
- a code cell that draws a figure: a subslide of its own (the deck hides code);
- the markdown cell right after a figure ("what it shows, and what it does not"): speaker notes;
- other prose inside a section: speaker notes, unless it is short (at most 60 words), then it stays
  on the section's slide;
- exercises ("Your turn", answer cells, self-checks), the setup cell, tables and printed output,
  the source list's output and the navigation line: skipped (they belong to the notebook);
- a cell tagged "slide-keep" keeps the slide type it has (for a slide about code, say).
Only metadata changes: outputs, and so strict nbval, are untouched.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
LESSON = re.compile(r"\d\d[a-z]?_.*\.ipynb")


def _src(cell: dict) -> str:
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else s


def _has_figure(cell: dict) -> bool:
    return any("image/png" in (o.get("data") or {}) for o in cell.get("outputs", []))


def slide_types(cells: list[dict]) -> list[str]:
    types, deeper, after_figure = [], False, False
    for i, cell in enumerate(cells):
        text = _src(cell).strip()
        kind = cell["cell_type"]
        heading = re.match(r"^(#{1,2}) (.*)", text) if kind == "markdown" else None
        if heading and heading.group(1) == "##":
            deeper = bool(re.search(r"going deeper", heading.group(2), re.I))
        if "slide-keep" in cell.get("metadata", {}).get("tags", []):
            t = cell.get("metadata", {}).get("slideshow", {}).get("slide_type", "-")
        elif i == 0 or (kind == "markdown" and re.search(r"^# \d\d[a-z]? · ", text, re.M)):
            t = "slide"
        elif deeper:
            t = "skip"
        elif heading and heading.group(1) == "##":
            t = "slide"
        elif kind == "code":
            t = "subslide" if _has_figure(cell) else "skip"
        elif re.search(r"^#+ Your turn|\*\*\d\d[a-z]?\.\d+\*\*", text, re.M) or text.startswith("[←"):
            t = "skip"
        elif after_figure:
            t = "notes"
        else:
            t = "-" if len(text.split()) <= 60 else "notes"
        after_figure = kind == "code" and _has_figure(cell)
        types.append(t)
    return types


def apply(path: Path) -> bool:
    """Set the slide types of one notebook; True when something changed."""
    nb = nbformat.read(path, as_version=4)
    changed = False
    for cell, t in zip(nb["cells"], slide_types(nb["cells"])):
        show = cell.setdefault("metadata", {}).setdefault("slideshow", {})
        if show.get("slide_type") != t:
            show["slide_type"] = t
            changed = True
    if changed:
        nbformat.write(nb, path)
    return changed


if __name__ == "__main__":
    check = "--check" in sys.argv
    paths = sorted(p for p in (ROOT / "notebooks").glob("*.ipynb") if LESSON.fullmatch(p.name))
    stale = []
    for p in paths:
        if check:
            nb = json.loads(p.read_text(encoding="utf-8"))
            now = [c.get("metadata", {}).get("slideshow", {}).get("slide_type") for c in nb["cells"]]
            if now != slide_types(nb["cells"]):
                stale.append(p.name)
        elif apply(p):
            print("updated", p.relative_to(ROOT))
    if stale:
        print("slide types differ from the rules in:", ", ".join(stale))
        sys.exit(1)
