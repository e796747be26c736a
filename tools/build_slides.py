"""Build every lesson into a reveal.js deck that works with no network.

    .venv/bin/python tools/build_slides.py            # all lessons -> build/slides/
    .venv/bin/python tools/build_slides.py 01 04      # some lessons

Each deck is nbconvert's slides export of the committed notebook (no re-execution) with:
- code hidden (a deck shows figures, their findings and the questions; the code is in the notebook);
- cells marked "notes" as speaker notes (press `s` in the deck);
- reveal.js and MathJax served from the deck's own ``vendor/`` folder, copied from
  ``seminar/deck/node_modules`` (pinned in ``seminar/deck/package-lock.json``; installed with ``npm ci``
  the first time, which is the one step that needs the npm registry). Copy ``build/slides/`` to a USB
  stick and the decks open in any browser, offline.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
from nbconvert import SlidesExporter

ROOT = Path(__file__).resolve().parent.parent
DECK = ROOT / "seminar" / "deck"
OUT = ROOT / "build" / "slides"
LESSON = re.compile(r"\d\d[a-z]?_.*\.ipynb")
# What the decks load: reveal.js (core, theme, notes plugin) and MathJax 2.7 (TeX to HTML only).
VENDOR = {
    "reveal.js": ["dist/reveal.js", "dist/reveal.css", "dist/reset.css", "dist/theme/white.css",
                  "dist/theme/fonts", "plugin/notes/notes.js"],
    "mathjax": ["MathJax.js", "config/TeX-AMS_CHTML-full.js", "config/Safe.js", "extensions", "jax/input/TeX",
                "jax/output/CommonHTML", "jax/element", "fonts/HTML-CSS/TeX/woff", "localization/en"],
}


def lessons(selected: list[str] | None = None) -> list[Path]:
    paths = sorted(p for p in (ROOT / "notebooks").glob("*.ipynb") if LESSON.fullmatch(p.name))
    if selected:
        paths = [p for p in paths if any(p.name.startswith(s) for s in selected)]
    return paths


def vendor(out: Path) -> None:
    """Copy the scripts the decks need next to them."""
    modules = DECK / "node_modules"
    if not (modules / "reveal.js").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=DECK, check=True)
    for package, parts in VENDOR.items():
        for part in parts:
            src, dest = modules / package / part, out / "vendor" / package / part
            dest.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dest, dirs_exist_ok=True)
            else:
                shutil.copy2(src, dest)


def exporter() -> SlidesExporter:
    ex = SlidesExporter(template_file="course_deck.html.j2", extra_template_paths=[str(DECK)])
    ex.exclude_input = True
    ex.exclude_input_prompt = True
    ex.exclude_output_prompt = True
    ex.reveal_url_prefix = "vendor/reveal.js"
    ex.reveal_theme = "white"
    ex.mathjax_url = "vendor/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe"
    ex.font_awesome_url = ""
    return ex


def build(paths: list[Path], out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    vendor(out)
    ex = exporter()
    built = []
    for path in paths:
        html, _ = ex.from_notebook_node(nbformat.read(path, as_version=4))
        target = out / path.with_suffix(".slides.html").name
        target.write_text(html, encoding="utf-8")
        built.append(target)
    return built


if __name__ == "__main__":
    for deck in build(lessons(sys.argv[1:])):
        print(deck.relative_to(ROOT))
